package org.contactexport.delivery.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.contactexport.events.DeliveryFailed;
import org.contactexport.events.DeliveryScheduleEnding;
import org.contactexport.events.DeliveryScheduled;
import org.contactexport.events.ExportSource;
import org.contactexport.events.FileOptions;
import org.contactexport.events.Topics;
import org.contactexport.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the runs of schedules: each writes its run row and DeliveryScheduled to the outbox
 * in one transaction. A due time yields at most one run (a unique index backs the check), so
 * a task re-executed after a crash starts nothing twice.
 */
@Service
class ScheduleRunner {

    private static final Logger log = LoggerFactory.getLogger(ScheduleRunner.class);

    private final DeliverySchedules schedules;
    private final ScheduleRuns runs;
    private final Outbox outbox;
    private final ScheduleSettings settings;
    private final Clock clock;

    ScheduleRunner(DeliverySchedules schedules, ScheduleRuns runs, Outbox outbox,
            ScheduleSettings settings, Clock clock) {
        this.schedules = schedules;
        this.runs = runs;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** Runs the schedule for this due time; @return its next due time, if any */
    @Transactional
    Optional<Instant> runDue(UUID scheduleId, Instant dueAt) {
        Optional<DeliverySchedule> found = schedules.findById(scheduleId);
        if (found.isEmpty() || !found.get().isActive()) {
            return Optional.empty();
        }
        DeliverySchedule schedule = found.get();

        if (!runs.existsByScheduleIdAndDueAtAndManualFalse(scheduleId, dueAt)) {
            start(schedule, dueAt, false);
        }

        // After downtime the overdue time above was the one catch-up run: the times missed
        // since are not replayed, the next one is counted from now.
        Instant now = clock.instant();
        Optional<Instant> next = nextDue(schedule, dueAt.isAfter(now) ? dueAt : now);
        schedule.nextDueAt(next.orElse(null));
        if (next.isEmpty()) {
            log.info("Schedule {} has reached its end date {}", scheduleId, schedule.endDate());
        }
        return next;
    }

    /** A run outside the frequency, asked by a user. */
    @Transactional
    ScheduleRun runNow(DeliverySchedule schedule) {
        return start(schedule, clock.instant(), true);
    }

    Optional<Instant> nextDue(DeliverySchedule schedule, Instant after) {
        return schedule.frequency().nextAfter(after, schedule.zone(), schedule.startDate(),
                schedule.endDate());
    }

    /** Tells the users of each schedule ending within the notice, once per end date. */
    @Transactional
    void announceEndings() {
        Instant now = clock.instant();
        long noticeDays = settings.endingNotice().toDays();
        LocalDate horizon = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(noticeDays + 1);

        for (DeliverySchedule schedule : schedules.findEndingBy(horizon)) {
            LocalDate today = LocalDate.ofInstant(now, schedule.zone());
            if (today.isBefore(schedule.endDate().minusDays(noticeDays))) {
                continue;
            }
            schedule.endingAnnounced(now);
            outbox.add(Topics.DELIVERY_SCHEDULE_ENDING, schedule.id().toString(),
                    new DeliveryScheduleEnding(DeliveryScheduleEnding.VERSION, schedule.id(),
                            schedule.accountId(), schedule.name(), schedule.endDate(),
                            schedule.notifyUserIds(), now));
            log.info("Schedule {} ends on {}: its users are told", schedule.id(),
                    schedule.endDate());
        }
    }

    /**
     * A pattern checked when saved can still fail at a due time (another date, a longer month
     * name): the run fails with the reason, told like a failed delivery, and the schedule goes
     * on to its next time instead of retrying this one every 30 seconds.
     */
    private ScheduleRun failedToName(DeliverySchedule schedule, Instant dueAt, boolean manual,
            String fault) {
        Instant now = clock.instant();
        String reason = "The file name pattern " + schedule.fileNamePattern() + " could not be "
                + "resolved: " + fault + ". Edit the schedule's fileNamePattern.";
        ScheduleRun run = new ScheduleRun(schedule, dueAt, manual, schedule.fileNamePattern(),
                now);
        run.cannotStart(reason, now);
        run = runs.saveAndFlush(run);

        // No export was created: the export id is the run's, known to no export-service job.
        outbox.add(Topics.DELIVERY_FAILED, run.id().toString(),
                new DeliveryFailed(DeliveryFailed.VERSION, UUID.randomUUID(), schedule.id(),
                        schedule.name(), run.id(), schedule.accountId(), null, reason, 0,
                        schedule.notifyUserIds(), now));
        log.warn("Run {} of schedule {} due at {} failed: its file name could not be made",
                run.id(), schedule.id(), dueAt);
        return run;
    }

    private ScheduleRun start(DeliverySchedule schedule, Instant dueAt, boolean manual) {
        String fileName;
        try {
            fileName = FileNamePattern.resolve(schedule.fileNamePattern(), schedule.name(),
                    dueAt.atZone(schedule.zone()));
        } catch (IllegalArgumentException unusable) {
            return failedToName(schedule, dueAt, manual, unusable.getMessage());
        }
        ScheduleRun run = runs.saveAndFlush(
                new ScheduleRun(schedule, dueAt, manual, fileName, clock.instant()));

        ScheduleTemplate template = schedule.template();
        ScheduleTemplate.Source source = template.source();
        ScheduleTemplate.File file = template.file();
        outbox.add(Topics.DELIVERY_SCHEDULED, schedule.id().toString(),
                new DeliveryScheduled(DeliveryScheduled.VERSION, schedule.id(), run.id(),
                        schedule.accountId(), schedule.createdBy(), schedule.name(),
                        schedule.name(),
                        new ExportSource(source.type(), source.reference(), source.name(),
                                null, !"ALL".equals(source.type())),
                        template.fields(),
                        new FileOptions(file.dialect(), file.delimiter(), file.bom(),
                                file.header(), schedule.zone().getId()),
                        schedule.notifyUserIds(), dueAt));

        log.info("Run {} of schedule {} due at {} requested its export{}", run.id(),
                schedule.id(), dueAt, manual ? " (run now)" : "");
        return run;
    }
}
