package org.contactexport.outbox;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The outbox of a service that sets {@code platform.outbox.enabled=true}: the {@link Outbox}
 * writer, the relay that publishes it through {@code StreamBridge}, and the {@code outbox_event}
 * entity and repository. The service brings the table (its own Flyway migration), a
 * {@code Clock}, and a synchronous producer binding per topic.
 *
 * <p>Opt-in because the launcher runs every service in one JVM on one classpath: the services
 * without an outbox table must not get a relay.
 *
 * <p>Runs before the JPA auto-configurations so that the outbox package is registered for
 * entity and repository scanning when they read the packages; a service that declares its own
 * {@code @EntityScan} or {@code @EnableJpaRepositories} must add this package to them.
 */
@AutoConfiguration(before = {
        HibernateJpaAutoConfiguration.class, DataJpaRepositoriesAutoConfiguration.class})
@ConditionalOnBooleanProperty("platform.outbox.enabled")
@AutoConfigurationPackage(basePackageClasses = OutboxAutoConfiguration.class)
@EnableConfigurationProperties(OutboxSettings.class)
@EnableScheduling
@Import({Outbox.class, OutboxRelay.class})
public class OutboxAutoConfiguration {
}
