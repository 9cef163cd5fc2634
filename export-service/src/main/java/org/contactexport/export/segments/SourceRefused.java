package org.contactexport.export.segments;

import tools.jackson.databind.JsonNode;

/**
 * segment-service refused to resolve a source: it does not exist in the account (404) or the
 * query names an unknown type, result or category (400). The message is segment-service's
 * own detail, a sentence a person can read.
 */
public class SourceRefused extends RuntimeException {

    private final boolean notFound;
    private final JsonNode errors;

    SourceRefused(boolean notFound, String detail, JsonNode errors) {
        super(detail);
        this.notFound = notFound;
        this.errors = errors;
    }

    /** Whether the segment, search or campaign does not exist (else the query is invalid). */
    public boolean notFound() {
        return notFound;
    }

    /** The faults segment-service listed, or null. */
    public JsonNode errors() {
        return errors;
    }
}
