package org.contactexport.criteria;

/** Quotes text taken from a document for a fault message, shortened so a fault stays small. */
final class Quote {

    private static final int MAX_SHOWN = 100;

    private Quote() {
    }

    static String of(String text) {
        String shown = text.codePointCount(0, text.length()) <= MAX_SHOWN
                ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_SHOWN)) + "…";
        return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
