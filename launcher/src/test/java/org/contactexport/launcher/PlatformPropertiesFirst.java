package org.contactexport.launcher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Test-only workaround for two problems of {@link Platform} seen when it runs on free ports
 * (reported to the lead; remove this class once Platform handles them):
 *
 * <ul>
 *   <li>Platform hands each service its settings through
 *       {@code SpringApplicationBuilder.properties(...)}, i.e. as default properties, which the
 *       services' own yml files override: the services then use the documented ports (8081…,
 *       PostgreSQL 15432) instead of the test's free ones, and reach whatever runs there. Here
 *       the settings are moved above the yml files.</li>
 *   <li>segment-service has no database, but in one JVM it sees the JDBC, JPA and Flyway
 *       starters of the other services and fails for want of a data source. Here those
 *       auto-configurations are left out of a service that was given no data source.</li>
 * </ul>
 */
class PlatformPropertiesFirst implements EnvironmentPostProcessor, Ordered {

    private static final String DEFAULT_PROPERTIES = "defaultProperties";

    private static final List<String> DATABASE_CONFIGURATIONS = List.of(
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment,
            SpringApplication application) {
        PropertySource<?> given = environment.getPropertySources().get(DEFAULT_PROPERTIES);
        if (!(given instanceof MapPropertySource platformSettings)
                || !platformSettings.containsProperty("platform.file-store.root")) {
            return;
        }

        Map<String, Object> settings = new HashMap<>(platformSettings.getSource());
        if (!settings.containsKey("spring.datasource.url")) {
            settings.put("spring.autoconfigure.exclude", String.join(",", DATABASE_CONFIGURATIONS));
        }
        environment.getPropertySources().remove(DEFAULT_PROPERTIES);
        environment.getPropertySources().addFirst(new MapPropertySource("platform", settings));
    }

    /** After the config files are loaded, so that the settings end above them. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
