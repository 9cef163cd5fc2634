package org.contactexport.criteria;

/** The limits of a criteria document (docs/criteria.md, "Limits"). */
final class Limits {

    static final int MAX_DEPTH = 8;
    static final int MAX_CONDITIONS = 200;
    static final int MAX_COMBINED = 50;
    static final int MAX_IN_VALUES = 500;
    static final int MAX_VALUE_CHARS = 500;
    static final int MAX_BYTES = 64 * 1024;
    static final int MIN_DAYS = 1;
    static final int MAX_DAYS = 3650;

    /** A refusal lists this many faults at most: enough to fix a document, bounded for logs. */
    static final int MAX_FAULTS = 50;

    private Limits() {
    }
}
