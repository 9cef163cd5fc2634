package org.contactexport.notification.notify;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How notification emails are sent.
 *
 * @param from the sender address of every notification, e.g.
 *             {@code "Exports <no-reply@example.com>"}
 */
@Validated
@ConfigurationProperties("platform.notification")
public record NotificationProperties(@NotBlank String from) {
}
