package org.contactexport.notification.notify;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where users download files.
 *
 * @param publicUrl base of delivery-service's download addresses, e.g.
 *                  {@code http://127.0.0.1:8084}
 */
@Validated
@ConfigurationProperties("platform.delivery-service")
public record DownloadAddressProperties(@NotNull URI publicUrl) {

    String downloadUrl(UUID exportId) {
        String base = publicUrl.toString().replaceAll("/+$", "");
        return base + "/api/v1/files/" + exportId;
    }
}
