package org.contactexport.delivery.file;

import java.time.Instant;
import java.util.UUID;

/**
 * One file of the account, as the listing shows it.
 *
 * @param status      {@code AVAILABLE} or {@code EXPIRED}
 * @param downloadUrl where to download it while it is available
 */
record FileSummary(
        UUID exportId,
        String fileName,
        String contentType,
        long bytes,
        long rows,
        String sha256,
        Instant registeredAt,
        Instant expiresAt,
        String status,
        String downloadUrl) {
}
