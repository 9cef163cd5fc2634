package org.contactexport.segment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The platform settings segment-service reads.
 *
 * @param contactService where the field catalogue, campaigns, counts and first pages are read
 */
@Validated
@ConfigurationProperties("platform")
public record PlatformSettings(@Valid @NotNull Service contactService) {

    /** @param url base address of the service's internal API, e.g. http://127.0.0.1:8081 */
    public record Service(@NotBlank String url) {
    }
}
