package org.contactexport.delivery.file;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the files whose retention has ended and marks them expired.
 *
 * <p>Known shortcoming: every instance runs the job; the work is idempotent (a file already
 * deleted is skipped, a row already expired stays so) but a cluster lock (e.g. db-scheduler)
 * would avoid the duplicate scans.
 */
@Component
class FileRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(FileRetentionJob.class);

    private static final int BATCH = 200;

    private final StoredFiles files;
    private final FileStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FileRetentionJob(StoredFiles files, FileStore store, TransactionTemplate transaction,
            Clock clock) {
        this.files = files;
        this.store = store;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${platform.delivery.retention-check-interval:PT1H}",
            initialDelayString = "${platform.delivery.retention-check-interval:PT1H}")
    void deleteExpiredFiles() {
        List<StoredFile> due;
        do {
            Instant now = clock.instant();
            due = files.findDueForDeletion(now, Limit.of(BATCH));
            due.forEach(file -> expire(file, now));
        } while (due.size() == BATCH);
    }

    private void expire(StoredFile file, Instant now) {
        // Deleted first: a crash before the row is marked only makes the next run delete again.
        store.delete(file.fileLocation());

        transaction.executeWithoutResult(status -> {
            file.markExpired(now);
            files.save(file);
        });

        log.info("Deleted file of export {} at the end of its retention ({})",
                file.exportId(), file.expiresAt());
    }
}
