package org.contactexport.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A schedule is due: export-service creates an automated export from its template.
 *
 * @param runId identifies this run of the schedule, so that a redelivery creates no second export
 */
public record DeliveryScheduled(
        int version,
        UUID scheduleId,
        UUID runId,
        String accountId,
        String requestedBy,
        String name,
        ExportSource source,
        List<String> fields,
        FileOptions fileOptions,
        List<String> notifyUserIds,
        Instant dueAt) {

    public static final int VERSION = 1;
}
