package org.contactexport.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * After its last retry, the file of an automated export did not reach the SFTP server.
 *
 * @param remotePath the path the file should have reached on the server
 * @param reason a sentence a person can read, e.g. "authentication refused"; never a secret
 */
public record DeliveryFailed(
        int version,
        UUID deliveryId,
        UUID scheduleId,
        String scheduleName,
        UUID exportId,
        String accountId,
        String remotePath,
        String reason,
        int attempts,
        List<String> notifyUserIds,
        Instant failedAt) {

    public static final int VERSION = 1;
}
