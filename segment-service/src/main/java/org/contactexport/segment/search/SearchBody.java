package org.contactexport.segment.search;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/** A search to save, or to run without saving (then the name is not read). */
record SearchBody(
        @Schema(description = "1 to 100 characters", example = "Lyonnais sans société")
        String name,
        @Schema(description = "A criteria document (docs/criteria.md)",
                example = "{\"field\":\"custom.city\",\"op\":\"equals\",\"value\":\"Lyon\"}")
        JsonNode criteria) {
}
