package org.contactexport.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A schedule is due: export-service creates an automated export from its template.
 *
 * @param runId identifies this run of the schedule; export-service uses it as the id of the
 *              automated export it creates, so a redelivery creates no second export and
 *              delivery-service knows the export's id before it exists
 * @param source the schedule's source by type and reference; export-service resolves a
 *               segment, search or campaign result again at each run, so a run follows the
 *               segment's current definition
 */
public record DeliveryScheduled(
        int version,
        UUID scheduleId,
        UUID runId,
        String accountId,
        String requestedBy,
        String name,
        String scheduleName,
        ExportSource source,
        List<String> fields,
        FileOptions fileOptions,
        List<String> notifyUserIds,
        Instant dueAt) {

    public static final int VERSION = 1;
}
