package org.contactexport.notification.notify;

/**
 * An email's content, as plain text and as a simple HTML alternative.
 *
 * @param subject one line: line breaks and other control characters, which could come from a
 *                name a customer chose, become spaces so they cannot start a new header
 */
record Email(String subject, String text, String html) {

    Email {
        subject = EmailText.oneLine(subject);
    }
}
