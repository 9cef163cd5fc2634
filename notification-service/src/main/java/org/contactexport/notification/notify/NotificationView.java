package org.contactexport.notification.notify;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the account's notification log; the address is left out on purpose.
 *
 * @param eventKind {@code EXPORT_COMPLETED} or {@code EXPORT_FAILED}
 * @param status    {@code PENDING} (not yet accepted by the SMTP server) or {@code SENT}
 * @param attempts  how many times the email was handed to the SMTP server
 */
record NotificationView(
        String eventKind,
        UUID exportId,
        String userId,
        String status,
        int attempts,
        Instant createdAt,
        Instant sentAt) {
}
