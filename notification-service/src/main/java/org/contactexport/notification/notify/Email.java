package org.contactexport.notification.notify;

/** An email's content, as plain text and as a simple HTML alternative. */
record Email(String subject, String text, String html) {
}
