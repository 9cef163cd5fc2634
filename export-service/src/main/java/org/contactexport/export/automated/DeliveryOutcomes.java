package org.contactexport.export.automated;

import java.util.UUID;
import java.util.function.Predicate;
import org.contactexport.events.DeliveryCompleted;
import org.contactexport.events.DeliveryFailed;
import org.contactexport.export.job.ExportJob;
import org.contactexport.export.job.ExportJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what became of an automated export's SFTP delivery. The first outcome recorded
 * stays: a redelivered event changes nothing.
 */
@Component
class DeliveryOutcomes {

    private static final Logger log = LoggerFactory.getLogger(DeliveryOutcomes.class);

    private final ExportJobs jobs;
    private final TransactionTemplate transaction;

    DeliveryOutcomes(ExportJobs jobs, TransactionTemplate transaction) {
        this.jobs = jobs;
        this.transaction = transaction;
    }

    void completed(DeliveryCompleted delivery) {
        record(delivery.exportId(), delivery.accountId(), "DELIVERED",
                job -> job.delivered(delivery.remotePath(), delivery.completedAt()));
    }

    void failed(DeliveryFailed delivery) {
        record(delivery.exportId(), delivery.accountId(), "FAILED",
                job -> job.deliveryFailed(delivery.remotePath(), delivery.reason(),
                        delivery.failedAt()));
    }

    private void record(UUID exportId, String accountId, String outcome,
            Predicate<ExportJob> change) {
        transaction.executeWithoutResult(status -> {
            ExportJob job = jobs.lockById(exportId)
                    .filter(found -> found.accountId().equals(accountId))
                    .orElse(null);
            if (job == null) {
                log.warn("Delivery of export {} {}, but no such export of its account is known;"
                        + " ignored", exportId, outcome);
                return;
            }

            if (change.test(job)) {
                log.info("Export {} delivery recorded: {}", exportId, outcome);
            } else {
                log.info("Export {} delivery already recorded; redelivered {} ignored",
                        exportId, outcome);
            }
        });
    }
}
