package org.contactexport.export.request;

import java.util.Map;

/** A request that cannot be run, with what to fix. */
class InvalidExportRequest extends RuntimeException {

    private final Map<String, Object> details;

    InvalidExportRequest(String whatToFix) {
        this(whatToFix, Map.of());
    }

    InvalidExportRequest(String whatToFix, Map<String, Object> details) {
        super(whatToFix);
        this.details = details;
    }

    Map<String, Object> details() {
        return details;
    }
}
