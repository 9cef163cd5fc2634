package org.contactexport.delivery.upload;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import java.time.Clock;
import org.contactexport.delivery.file.ExpectedFileLocation;
import org.contactexport.delivery.schedule.ScheduledRuns;
import org.contactexport.events.ExportCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the upload of an automated export once per export id: the run moves to UPLOADING and
 * the upload task is scheduled in one transaction, so a redelivered event finds the run
 * already started and uploads nothing twice.
 */
@Component
class UploadStarter {

    private static final Logger log = LoggerFactory.getLogger(UploadStarter.class);

    private final ScheduledRuns runs;
    private final SchedulerClient scheduler;
    private final CustomTask<Void> uploadTask;
    private final Clock clock;

    UploadStarter(ScheduledRuns runs, SchedulerClient scheduler,
            CustomTask<Void> sftpUploadTask, Clock clock) {
        this.runs = runs;
        this.scheduler = scheduler;
        this.uploadTask = sftpUploadTask;
        this.clock = clock;
    }

    @Transactional
    void onExportCompleted(ExportCompleted event) {
        if (event.scheduleId() == null) {
            return;
        }
        if (!ExpectedFileLocation.isRespectedBy(event)) {
            log.warn("Refused to deliver export {}: its file location is not "
                    + "<accountId>/<exportId>/<fileName>", event.exportId());
            return;
        }

        runs.startDelivery(event).ifPresent(delivery -> {
            scheduler.scheduleIfNotExists(uploadTask.instance(event.exportId().toString()),
                    clock.instant());
            log.info("Export {} of schedule {} completed: upload scheduled", event.exportId(),
                    event.scheduleId());
        });
    }
}
