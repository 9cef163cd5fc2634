package org.contactexport.segment;

/** What an answer may repeat of what was sent: at most {@value #MAX} characters. */
public final class Echo {

    public static final int MAX = 100;

    private Echo() {
    }

    public static String shown(String sent) {
        if (sent.codePointCount(0, sent.length()) <= MAX) {
            return sent;
        }
        return sent.substring(0, sent.offsetByCodePoints(0, MAX)) + "…";
    }
}
