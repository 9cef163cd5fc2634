package org.contactexport.delivery.schedule;

import java.time.Instant;
import java.util.UUID;

/**
 * One run of a schedule.
 *
 * @param exportId       the automated export's id in export-service's history
 * @param deliveryStatus EXPORT_REQUESTED, EXPORT_FAILED, UPLOADING, RETRYING, DELIVERED or
 *                       FAILED
 * @param reason         why the export or the last upload attempt failed, in plain words
 */
record RunView(
        Instant dueAt,
        boolean runNow,
        UUID exportId,
        String deliveryStatus,
        int attempts,
        String fileName,
        String remotePath,
        Long bytes,
        String sha256,
        String reason) {

    static RunView of(ScheduleRun run) {
        return new RunView(run.dueAt(), run.manual(), run.id(), run.status().name(),
                run.attempts(), run.fileName(), run.remotePath(), run.bytes(), run.sha256(),
                run.reason());
    }
}
