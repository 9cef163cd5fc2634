package org.contactexport.segment;

/**
 * The rule for the names people give segments and searches: 1 to {@value #MAX} characters,
 * not only spaces, no control character. A name is kept exactly as given, so that what a
 * person typed is what they read back.
 */
public final class Names {

    public static final int MAX = 100;

    private Names() {
    }

    /** The name, checked; {@code member} is how the request calls it, e.g. {@code name}. */
    public static String checked(String given, String member) {
        if (given == null || given.isBlank()) {
            throw new InvalidRequest(member + " is required: 1 to " + MAX + " characters");
        }
        if (given.codePointCount(0, given.length()) > MAX) {
            throw new InvalidRequest(member + " must be at most " + MAX + " characters");
        }
        if (given.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidRequest(member + " must not hold control characters"
                    + " (line breaks, tabs, NUL...)");
        }
        return given;
    }
}
