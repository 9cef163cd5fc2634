package org.contactexport.segment.search;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A saved search as the API shows it: its current revision. */
record SearchView(
        UUID id,
        String name,
        @Schema(description = "The canonical criteria document (docs/criteria.md)")
        JsonNode criteria,
        @Schema(description = "1 when created, one more at each edit") int revision,
        @Schema(description = "The campaign figure it was made from, e.g. nl-2026-11/opened;"
                + " null otherwise")
        String figure,
        @Schema(description = "Send it back with an edit") Long version,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {

    static SearchView of(SavedSearch search, JsonNode criteria) {
        return new SearchView(search.id(), search.name(), criteria, search.revision(),
                search.figure(), search.version(), search.createdBy(), search.createdAt(),
                search.updatedBy(), search.updatedAt());
    }
}
