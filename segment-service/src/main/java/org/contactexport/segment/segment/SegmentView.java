package org.contactexport.segment.segment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** A segment as the API shows it; the audit members and version are null for a default one. */
record SegmentView(
        @Schema(description = "most-active-emails … for a default segment, a UUID otherwise")
        String id,
        SegmentKind kind,
        String name,
        @Schema(description = "English name of a default segment; null for a custom one")
        String nameEn,
        @Schema(description = "The canonical criteria document (docs/criteria.md)")
        JsonNode criteria,
        @Schema(description = "Send it back with an edit; null for a default segment")
        Long version,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {
}
