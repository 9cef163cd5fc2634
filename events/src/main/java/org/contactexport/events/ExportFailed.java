package org.contactexport.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An export failed for good.
 *
 * @param reason a sentence a person can read; never personal data
 */
public record ExportFailed(
        int version,
        UUID exportId,
        String accountId,
        String name,
        String reason,
        List<String> notifyUserIds,
        UUID scheduleId,
        Instant failedAt) {

    public static final int VERSION = 1;
}
