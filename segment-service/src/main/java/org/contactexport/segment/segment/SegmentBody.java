package org.contactexport.segment.segment;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/** A new custom segment. */
record SegmentBody(
        @Schema(description = "1 to 100 characters, unique in the account", example = "VIP Lyon")
        String name,
        @Schema(description = "A criteria document (docs/criteria.md)",
                example = "{\"field\":\"custom.city\",\"op\":\"equals\",\"value\":\"Lyon\"}")
        JsonNode criteria) {
}
