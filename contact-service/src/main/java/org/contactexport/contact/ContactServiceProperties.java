package org.contactexport.contact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of contact-service.
 *
 * @param streamFetchSize      rows fetched from PostgreSQL per round trip while streaming
 *                             contacts; bounds the memory a stream holds
 * @param importReportedErrors how many row errors an import answer lists at most (every
 *                             rejected row is still counted)
 */
@Validated
@ConfigurationProperties("contact-service")
public record ContactServiceProperties(
        @DefaultValue("10000") @Min(1) @Max(100_000) int streamFetchSize,
        @DefaultValue("1000") @Min(0) int importReportedErrors) {
}
