package org.contactexport.export;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The platform settings export-service reads.
 *
 * @param fileStore       where files are written
 * @param contactService  where the contacts and the field catalogue are read
 * @param segmentService  where segments, searches and campaign figures become criteria
 * @param deliveryService where people download the files
 * @param notificationService where the users to notify are checked
 * @param export          how exports are cut into parts
 */
@Validated
@ConfigurationProperties("platform")
public record PlatformSettings(
        @Valid @NotNull FileStore fileStore,
        @Valid @NotNull Service contactService,
        @Valid @NotNull Service segmentService,
        @Valid @NotNull DeliveryService deliveryService,
        @Valid @NotNull Service notificationService,
        @Valid @NotNull @DefaultValue Export export) {

    /** @param root the directory shared with delivery-service */
    public record FileStore(@NotNull Path root) {
    }

    /** @param url base address of the service's internal API, e.g. http://127.0.0.1:8081 */
    public record Service(@NotBlank String url) {
    }

    /** @param publicUrl base of download addresses, e.g. http://127.0.0.1:8084 */
    public record DeliveryService(@NotBlank String publicUrl) {
    }

    /** @param partSize the most contacts one part holds; a worker writes one part at a time */
    public record Export(@Min(1) @DefaultValue("250000") int partSize) {
    }
}
