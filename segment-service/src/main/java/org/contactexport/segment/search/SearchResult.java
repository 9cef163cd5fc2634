package org.contactexport.segment.search;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** What a search finds now: how many contacts, and the first of them in id order. */
record SearchResult(
        @Schema(description = "The saved search run; null for an ad-hoc search") UUID search,
        @Schema(description = "The revision run; null for an ad-hoc search") Integer revision,
        @Schema(description = "Matching contacts, leaving out those who asked not to be"
                + " tracked")
        long count,
        @Schema(description = "The first 20 matching contacts in id order: id, first_name,"
                + " last_name, company, email, mobile, email_status, mobile_status, created_at")
        List<JsonNode> contacts,
        String ranBy,
        Instant ranAt) {
}
