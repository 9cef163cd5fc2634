package org.contactexport.delivery.file;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How clients reach this service.
 *
 * @param publicUrl base of the download addresses, e.g. {@code http://127.0.0.1:8084}
 */
@Validated
@ConfigurationProperties("platform.delivery-service")
public record PublicAddressProperties(@NotNull URI publicUrl) {

    String downloadUrl(Object exportId) {
        String base = publicUrl.toString().replaceAll("/+$", "");
        return base + "/api/v1/files/" + exportId;
    }
}
