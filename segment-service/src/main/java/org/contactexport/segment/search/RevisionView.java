package org.contactexport.segment.search;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** One revision of a saved search, as it was saved. */
record RevisionView(int revision, String name, JsonNode criteria, String savedBy,
        Instant savedAt) {
}
