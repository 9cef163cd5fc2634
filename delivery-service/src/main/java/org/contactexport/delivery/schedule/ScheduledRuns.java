package org.contactexport.delivery.schedule;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.contactexport.events.ExportCompleted;
import org.contactexport.events.ExportFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The runs as the upload sees them: started once per export, then delivered or failed. */
@Service
public class ScheduledRuns {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final ScheduleRuns runs;
    private final DeliverySchedules schedules;
    private final Clock clock;

    ScheduledRuns(ScheduleRuns runs, DeliverySchedules schedules, Clock clock) {
        this.runs = runs;
        this.schedules = schedules;
        this.clock = clock;
    }

    /**
     * Starts the delivery of a run's file, once: empty when the export is not a run of ours
     * or its delivery has already started (a redelivered event).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<RunDelivery> startDelivery(ExportCompleted event) {
        Optional<ScheduleRun> run = ourRun(event.exportId(), event.scheduleId());
        if (run.isEmpty()) {
            return Optional.empty();
        }
        if (!run.get().startDelivery(event.fileLocation(), event.bytes(), event.sha256(),
                clock.instant())) {
            log.info("Delivery of export {} already started; redelivered event ignored",
                    event.exportId());
            return Optional.empty();
        }

        return Optional.of(deliveryOf(run.get()));
    }

    /** The delivery in progress of this export, if it is still uploading. */
    @Transactional(readOnly = true)
    public Optional<RunDelivery> uploading(UUID exportId) {
        return runs.findById(exportId).filter(ScheduleRun::isUploading).map(this::deliveryOf);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void delivered(UUID exportId, String remotePath) {
        runs.findById(exportId).ifPresent(run -> {
            run.delivered(remotePath, clock.instant());
            removeIfDeletedAndDone(run.scheduleId());
        });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void attemptFailed(UUID exportId, String reason, String remotePath, boolean last) {
        runs.findById(exportId).ifPresent(run -> {
            run.attemptFailed(reason, remotePath, last, clock.instant());
            removeIfDeletedAndDone(run.scheduleId());
        });
    }

    /** Marks the run whose export failed; another export's event changes nothing. */
    @Transactional
    public void exportFailed(ExportFailed event) {
        ourRun(event.exportId(), event.scheduleId())
                .filter(run -> run.exportFailed(event.reason(), clock.instant()))
                .ifPresent(run -> {
                    log.info("Run {} of schedule {}: export failed", run.id(),
                            run.scheduleId());
                    removeIfDeletedAndDone(run.scheduleId());
                });
    }

    /** A schedule deleted while runs were in flight goes, with its runs, once they end. */
    private void removeIfDeletedAndDone(UUID scheduleId) {
        runs.flush();
        schedules.findById(scheduleId)
                .filter(DeliverySchedule::isDeleted)
                .filter(schedule -> !runs.existsByScheduleIdAndStatusIn(scheduleId,
                        ScheduleRun.Status.UNFINISHED))
                .ifPresent(schedule -> {
                    schedules.delete(schedule);
                    log.info("Removed deleted schedule {}: its last run has ended",
                            scheduleId);
                });
    }

    private Optional<ScheduleRun> ourRun(UUID exportId, UUID scheduleId) {
        if (exportId == null || scheduleId == null) {
            return Optional.empty();
        }
        return runs.findById(exportId).filter(run -> run.scheduleId().equals(scheduleId));
    }

    private RunDelivery deliveryOf(ScheduleRun run) {
        DeliverySchedule schedule = schedules.findById(run.scheduleId()).orElseThrow();
        return new RunDelivery(run.id(), run.deliveryId(), schedule.id(), schedule.name(),
                run.accountId(), schedule.targetId(), run.fileName(), run.fileLocation(),
                run.bytes(), run.sha256(), schedule.notifyUserIds(), run.attempts());
    }
}
