package org.contactexport.events;

import java.time.Instant;
import java.util.UUID;

/** The file of an automated export reached the customer's SFTP server, whole. */
public record DeliveryCompleted(
        int version,
        UUID deliveryId,
        UUID scheduleId,
        String scheduleName,
        UUID exportId,
        String accountId,
        String remotePath,
        long bytes,
        String sha256,
        int attempts,
        Instant completedAt) {

    public static final int VERSION = 1;
}
