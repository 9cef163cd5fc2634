package org.contactexport.notification.notify;

/** PENDING is written before the email is handed to SMTP, SENT once it was accepted. */
enum NotificationStatus {
    PENDING,
    SENT
}
