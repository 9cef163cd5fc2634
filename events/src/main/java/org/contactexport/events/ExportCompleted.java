package org.contactexport.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The file of an export is written whole.
 *
 * @param fileLocation the file's key in the file store, relative to its root
 * @param fileName     the name a person downloading the file sees
 * @param sha256       lowercase hex SHA-256 of the file's bytes
 * @param notifyUserIds the account users to email
 */
public record ExportCompleted(
        int version,
        UUID exportId,
        String accountId,
        String name,
        String sourceType,
        String sourceName,
        List<String> fields,
        String fileLocation,
        String fileName,
        String contentType,
        long rows,
        long bytes,
        String sha256,
        List<String> notifyUserIds,
        UUID scheduleId,
        Instant completedAt) {

    public static final int VERSION = 1;
}
