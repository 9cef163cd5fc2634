package org.contactexport.contact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of contact-service.
 *
 * @param streamFetchSize      rows fetched from PostgreSQL per round trip while streaming
 *                             contacts; bounds the memory a stream holds
 * @param importReportedErrors how many row errors an import answer lists at most (every
 *                             rejected row is still counted)
 * @param importMaxSize        the largest CSV file an import accepts; a larger one is refused
 *                             (413) as soon as that much has been read
 */
@Validated
@ConfigurationProperties("contact-service")
public record ContactServiceProperties(
        @DefaultValue("10000") @Min(1) @Max(100_000) int streamFetchSize,
        @DefaultValue("1000") @Min(0) int importReportedErrors,
        @DefaultValue("2GB") DataSize importMaxSize) {
}
