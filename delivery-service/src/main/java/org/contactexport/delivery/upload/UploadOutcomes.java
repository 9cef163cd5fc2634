package org.contactexport.delivery.upload;

import java.time.Clock;
import org.contactexport.delivery.schedule.RunDelivery;
import org.contactexport.delivery.schedule.ScheduledRuns;
import org.contactexport.events.DeliveryCompleted;
import org.contactexport.events.DeliveryFailed;
import org.contactexport.events.Topics;
import org.contactexport.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records an attempt's outcome on the run and, when final, its event in the outbox. */
@Component
class UploadOutcomes {

    private static final Logger log = LoggerFactory.getLogger(UploadOutcomes.class);

    private final ScheduledRuns runs;
    private final Outbox outbox;
    private final Clock clock;

    UploadOutcomes(ScheduledRuns runs, Outbox outbox, Clock clock) {
        this.runs = runs;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    void delivered(RunDelivery delivery, String remotePath) {
        runs.delivered(delivery.exportId(), remotePath);
        outbox.add(Topics.DELIVERY_COMPLETED, delivery.exportId().toString(),
                new DeliveryCompleted(DeliveryCompleted.VERSION, delivery.deliveryId(),
                        delivery.scheduleId(), delivery.scheduleName(), delivery.exportId(),
                        delivery.accountId(), remotePath, delivery.bytes(), delivery.sha256(),
                        delivery.attempts() + 1, clock.instant()));

        log.info("Delivered export {} of schedule {} to {} (attempt {})", delivery.exportId(),
                delivery.scheduleId(), remotePath, delivery.attempts() + 1);
    }

    @Transactional
    void attemptFailed(RunDelivery delivery, String reason, String remotePath, boolean last) {
        int attempt = delivery.attempts() + 1;
        runs.attemptFailed(delivery.exportId(), reason, remotePath, last);
        if (!last) {
            log.info("Upload of export {} failed (attempt {}), retrying later: {}",
                    delivery.exportId(), attempt, reason);
            return;
        }

        outbox.add(Topics.DELIVERY_FAILED, delivery.exportId().toString(),
                new DeliveryFailed(DeliveryFailed.VERSION, delivery.deliveryId(),
                        delivery.scheduleId(), delivery.scheduleName(), delivery.exportId(),
                        delivery.accountId(), remotePath, reason, attempt,
                        delivery.notifyUserIds(), clock.instant()));
        log.warn("Delivery of export {} of schedule {} failed after {} attempts: {}",
                delivery.exportId(), delivery.scheduleId(), attempt, reason);
    }
}
