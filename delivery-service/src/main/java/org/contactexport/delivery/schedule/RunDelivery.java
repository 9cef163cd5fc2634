package org.contactexport.delivery.schedule;

import java.util.List;
import java.util.UUID;

/**
 * What the upload of a run needs: where the file is, where it goes, whom to tell.
 *
 * @param attempts the upload attempts made so far
 */
public record RunDelivery(
        UUID exportId,
        UUID deliveryId,
        UUID scheduleId,
        String scheduleName,
        String accountId,
        UUID targetId,
        String fileName,
        String fileLocation,
        long bytes,
        String sha256,
        List<String> notifyUserIds,
        int attempts) {
}
