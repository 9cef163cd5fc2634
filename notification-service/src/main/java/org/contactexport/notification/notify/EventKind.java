package org.contactexport.notification.notify;

/** The events that notify users. */
enum EventKind {
    EXPORT_COMPLETED,
    EXPORT_FAILED,
    DELIVERY_FAILED,
    DELIVERY_SCHEDULE_ENDING
}
