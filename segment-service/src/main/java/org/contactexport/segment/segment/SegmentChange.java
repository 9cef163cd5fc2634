package org.contactexport.segment.segment;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/** An edit of a custom segment: a new name, new criteria or both. */
record SegmentChange(
        @Schema(description = "The new name; absent to keep it") String name,
        @Schema(description = "The new criteria document; absent to keep them")
        JsonNode criteria,
        @Schema(description = "The version read; an edit made meanwhile makes this a 409",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Long version) {
}
