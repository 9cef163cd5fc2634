package org.contactexport.notification.notify;

import java.util.regex.Pattern;

/** Customer-chosen values made safe to place in an email's subject or plain text. */
final class EmailText {

    /** C0 and C1 controls (CR, LF, TAB, NEL…) and the Unicode line and paragraph separators. */
    private static final Pattern LINE_BREAKING =
            Pattern.compile("[\\p{Cntrl}\\u0080-\\u009F\\u2028\\u2029]+");

    private EmailText() {
    }

    /** The value on one line: each run of line breaks or control characters is one space. */
    static String oneLine(String value) {
        return LINE_BREAKING.matcher(value).replaceAll(" ");
    }
}
