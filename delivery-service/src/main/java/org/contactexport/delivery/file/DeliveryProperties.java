package org.contactexport.delivery.file;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long export files are kept.
 *
 * @param retention how long a file stays downloadable after it was registered (30 days
 *                  unless set); the retention job then deletes it from the store
 */
@Validated
@ConfigurationProperties("platform.delivery")
public record DeliveryProperties(@NotNull @DefaultValue("30d") Duration retention) {
}
