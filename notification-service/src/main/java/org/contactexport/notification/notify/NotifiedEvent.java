package org.contactexport.notification.notify;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What an email is about: the event's kind and the key that identifies the event, so that a
 * redelivered event finds the emails already sent for it.
 *
 * @param key        the event's identity as text: the export id, the delivery id, or the
 *                   schedule id and end date
 * @param exportId   the export the event is about, when there is one
 * @param scheduleId the schedule the event is about, when there is one
 */
record NotifiedEvent(EventKind kind, String key, UUID exportId, UUID scheduleId) {

    static NotifiedEvent ofExport(EventKind kind, UUID exportId, UUID scheduleId) {
        return new NotifiedEvent(kind, exportId.toString(), exportId, scheduleId);
    }

    static NotifiedEvent deliveryFailed(UUID deliveryId, UUID exportId, UUID scheduleId) {
        return new NotifiedEvent(EventKind.DELIVERY_FAILED, deliveryId.toString(), exportId,
                scheduleId);
    }

    /** A schedule announces its end once per end date: a new end date is a new event. */
    static NotifiedEvent scheduleEnding(UUID scheduleId, LocalDate endsOn) {
        return new NotifiedEvent(EventKind.DELIVERY_SCHEDULE_ENDING, scheduleId + "/" + endsOn,
                null, scheduleId);
    }

    /** For log lines and errors, e.g. {@code DELIVERY_FAILED 7f…}. */
    @Override
    public String toString() {
        return kind + " " + key;
    }
}
