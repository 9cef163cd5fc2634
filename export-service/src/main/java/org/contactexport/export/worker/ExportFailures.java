package org.contactexport.export.worker;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.UUID;
import org.contactexport.events.Topics;
import org.contactexport.export.contacts.ContactServiceUnavailable;
import org.contactexport.export.job.ExportJob;
import org.contactexport.export.job.ExportJobs;
import org.contactexport.export.job.JobEvents;
import org.contactexport.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remembers why an attempt failed, and fails the job for good once its event reached the
 * dead-letter topic (the retries ran out).
 */
@Component
class ExportFailures {

    private static final Logger log = LoggerFactory.getLogger(ExportFailures.class);
    private static final String UNEXPLAINED =
            "The export stopped on an unexpected error; the platform team has been alerted";

    private final ExportJobs jobs;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final ExportMetrics metrics;
    private final FileStore store;
    private final Clock clock;

    ExportFailures(ExportJobs jobs, Outbox outbox, TransactionTemplate transaction,
            ExportMetrics metrics, FileStore store, Clock clock) {
        this.jobs = jobs;
        this.outbox = outbox;
        this.transaction = transaction;
        this.metrics = metrics;
        this.store = store;
        this.clock = clock;
    }

    void attemptFailed(UUID exportId, RuntimeException failure) {
        log.warn("An attempt on export {} failed; it will be retried", exportId, failure);
        transaction.executeWithoutResult(status -> jobs.findById(exportId)
                .ifPresent(job -> job.recordAttemptFailed(reason(failure))));
    }

    void failForGood(UUID exportId) {
        Boolean failed = transaction.execute(status -> {
            ExportJob job = jobs.lockById(exportId).orElse(null);
            if (job == null || job.isFinished()) {
                return false;
            }
            String reason = job.lastError() != null ? job.lastError() : UNEXPLAINED;
            job.fail(reason, clock.instant());
            outbox.add(Topics.EXPORT_FAILED, job.id().toString(), JobEvents.failed(job));
            log.info("Export {} failed: {}", job.id(), reason);
            return true;
        });
        if (Boolean.TRUE.equals(failed)) {
            metrics.failed();
            store.deleteWorkFolder(exportId);
        }
    }

    private static String reason(RuntimeException failure) {
        if (failure instanceof ContactServiceUnavailable) {
            return failure.getMessage();
        }
        if (failure instanceof UncheckedIOException) {
            return "The file could not be written to the file store";
        }
        return UNEXPLAINED;
    }
}
