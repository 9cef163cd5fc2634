package org.contactexport.delivery.schedule;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** @param url the base address of segment-service's internal API, e.g. http://127.0.0.1:8082 */
@Validated
@ConfigurationProperties("platform.segment-service")
record SegmentServiceSettings(@NotNull URI url) {
}
