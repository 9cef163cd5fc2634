package org.contactexport.notification.notify;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the account's notification log; the address is left out on purpose.
 *
 * @param eventKind  {@code EXPORT_COMPLETED}, {@code EXPORT_FAILED}, {@code DELIVERY_FAILED}
 *                   or {@code DELIVERY_SCHEDULE_ENDING}
 * @param exportId   the export, absent for a schedule's end
 * @param scheduleId the schedule of an automated export or of a delivery event, else absent
 * @param status     {@code PENDING} (not yet accepted by the SMTP server) or {@code SENT}
 * @param attempts   how many times the email was handed to the SMTP server
 */
record NotificationView(
        String eventKind,
        UUID exportId,
        UUID scheduleId,
        String userId,
        String status,
        int attempts,
        Instant createdAt,
        Instant sentAt) {
}
