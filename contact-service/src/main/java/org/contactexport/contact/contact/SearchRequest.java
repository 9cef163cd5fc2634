package org.contactexport.contact.contact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import tools.jackson.databind.JsonNode;

/**
 * The first page of a search.
 *
 * @param criteria          the search's criteria document (docs/criteria.md); every contact
 *                          when null
 * @param excludeDoNotTrack whether contacts who asked not to be tracked are left out; false
 *                          when absent
 * @param limit             how many contacts to give, 1 to 100; 20 when absent
 */
record SearchRequest(JsonNode criteria, Boolean excludeDoNotTrack,
        @Min(1) @Max(100) Integer limit) {

    static final int DEFAULT_LIMIT = 20;

    boolean excludesDoNotTrack() {
        return Boolean.TRUE.equals(excludeDoNotTrack);
    }

    int limitOrDefault() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
