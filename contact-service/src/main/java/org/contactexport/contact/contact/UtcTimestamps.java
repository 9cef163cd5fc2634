package org.contactexport.contact.contact;

import java.nio.charset.StandardCharsets;

/**
 * Turns PostgreSQL's text of a timestamp in a UTC session, {@code 2024-01-05 10:30:00+00}, into
 * ISO-8601, {@code 2024-01-05T10:30:00Z}: a copy with two bytes changed, cheaper than any
 * date formatting on the database or in Java.
 */
final class UtcTimestamps {

    /** The longest text: with microseconds, {@code 2024-01-05 10:30:00.123456+00}. */
    static final int MAX_LENGTH = 29;

    private UtcTimestamps() {
    }

    /**
     * Writes the ISO-8601 form of {@code text} (UTF-8) into {@code target}.
     *
     * @return the length written
     */
    static int toIso(byte[] text, byte[] target) {
        int length = text.length;
        if (!isUtcText(text)) {
            throw new IllegalStateException("Not a UTC timestamp: " + new String(text,
                    StandardCharsets.US_ASCII));
        }
        System.arraycopy(text, 0, target, 0, length - 3);
        target[10] = 'T';
        target[length - 3] = 'Z';
        return length - 2;
    }

    static String toIso(String text) {
        byte[] target = new byte[MAX_LENGTH];
        int length = toIso(text.getBytes(StandardCharsets.US_ASCII), target);
        return new String(target, 0, length, StandardCharsets.US_ASCII);
    }

    private static boolean isUtcText(byte[] text) {
        int length = text.length;
        return length >= 22 && length <= MAX_LENGTH && text[10] == ' '
                && text[length - 3] == '+' && text[length - 2] == '0' && text[length - 1] == '0';
    }
}
