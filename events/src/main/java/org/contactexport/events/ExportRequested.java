package org.contactexport.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A validated export job exists and waits for a worker to plan it.
 *
 * @param fields the catalogue keys of the columns, in order
 * @param scheduleId the schedule behind an automated export; null for a manual one
 */
public record ExportRequested(
        int version,
        UUID exportId,
        String accountId,
        String requestedBy,
        String name,
        ExportSource source,
        List<String> fields,
        FileOptions fileOptions,
        UUID scheduleId,
        Instant requestedAt) {

    public static final int VERSION = 1;
}
