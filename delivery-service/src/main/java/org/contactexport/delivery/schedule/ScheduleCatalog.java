package org.contactexport.delivery.schedule;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.contactexport.delivery.target.SftpEndpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account's schedules: created, edited, paused, resumed, run now, deleted. */
@Service
class ScheduleCatalog {

    private static final Logger log = LoggerFactory.getLogger(ScheduleCatalog.class);
    /** The name export-service gives the whole base. */
    private static final String WHOLE_BASE = "Whole base";
    /** How far ahead a schedule may start, and how long after its start it may end. */
    private static final int MAX_YEARS_AHEAD = 10;
    /** Longer than an export plus all the upload's retries. */
    private static final Duration UNFINISHED_RUN_BLOCKS_FOR = Duration.ofHours(24);

    private final DeliverySchedules schedules;
    private final ScheduleRuns runs;
    private final ScheduleRunner runner;
    private final ExportServiceClient exports;
    private final SegmentServiceClient segments;
    private final SftpEndpoints targets;
    private final SchedulerClient scheduler;
    private final CustomTask<Void> dueTask;
    private final ScheduleSettings settings;
    private final Clock clock;

    ScheduleCatalog(DeliverySchedules schedules, ScheduleRuns runs, ScheduleRunner runner,
            ExportServiceClient exports, SegmentServiceClient segments, SftpEndpoints targets,
            SchedulerClient scheduler, CustomTask<Void> scheduleDueTask,
            ScheduleSettings settings, Clock clock) {
        this.schedules = schedules;
        this.runs = runs;
        this.runner = runner;
        this.exports = exports;
        this.segments = segments;
        this.targets = targets;
        this.scheduler = scheduler;
        this.dueTask = scheduleDueTask;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    DeliverySchedule create(String accountId, String userId, ScheduleRequest request) {
        ScheduleTemplate template = templateOf(accountId, request);
        ZoneId zone = zone(request.timeZone());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate start = request.startDate() != null ? request.startDate() : today;
        LocalDate end = request.endDate() != null ? request.endDate() : today.plusYears(1);
        checkTarget(accountId, request.targetId());

        DeliverySchedule schedule = new DeliverySchedule(accountId, userId, start, now);
        schedule.name(request.name().trim(), now);
        schedule.deliverTo(request.targetId(), request.fileNamePattern(), now);
        schedule.runAt(checked(request.frequency(), zone), zone, end, now);
        schedule.notify(request.notifyUserIds() != null ? request.notifyUserIds() : List.of(),
                now);
        schedule.export(template.source(), template.fields(), withDefaults(template.file()),
                now);
        checkStart(start, today);
        checkDates(schedule);
        checkFileName(schedule);
        schedules.save(schedule);
        plan(schedule);

        log.info("Created schedule {} of account {}, next run at {}", schedule.id(), accountId,
                schedule.nextDueAt());
        return schedule;
    }

    @Transactional(readOnly = true)
    List<DeliverySchedule> list(String accountId) {
        return schedules.findByAccountIdOrderByCreatedAt(accountId).stream()
                .filter(schedule -> !schedule.isDeleted())
                .toList();
    }

    @Transactional(readOnly = true)
    DeliverySchedule get(String accountId, UUID id) {
        return schedules.findByIdAndAccountId(id, accountId)
                .filter(schedule -> !schedule.isDeleted())
                .orElseThrow(() -> ScheduleProblem.notFound(id));
    }

    @Transactional
    DeliverySchedule change(String accountId, UUID id, ScheduleChanges changes) {
        DeliverySchedule schedule = get(accountId, id);
        if (changes.targetId() != null) {
            checkTarget(accountId, changes.targetId());
        }
        ScheduleTemplate.Source source = changes.source() != null
                ? named(accountId, changes.source())
                : schedule.template().source();

        Instant now = clock.instant();
        if (changes.name() != null) {
            schedule.name(changes.name().trim(), now);
        }
        schedule.deliverTo(changes.targetId() != null ? changes.targetId() : schedule.targetId(),
                changes.fileNamePattern() != null
                        ? changes.fileNamePattern() : schedule.fileNamePattern(), now);
        ZoneId zone = changes.timeZone() != null ? zone(changes.timeZone()) : schedule.zone();
        schedule.runAt(
                changes.frequency() != null
                        ? checked(changes.frequency(), zone) : schedule.frequency(),
                zone, changes.endDate() != null ? changes.endDate() : schedule.endDate(), now);
        if (changes.notifyUserIds() != null) {
            schedule.notify(changes.notifyUserIds(), now);
        }
        ScheduleTemplate current = schedule.template();
        schedule.export(source, changes.fields() != null ? changes.fields() : current.fields(),
                changes.file() != null ? withDefaults(changes.file()) : current.file(), now);
        checkDates(schedule);
        checkFileName(schedule);
        plan(schedule);

        log.info("Changed schedule {}, next run at {}", id, schedule.nextDueAt());
        return schedule;
    }

    @Transactional
    void delete(String accountId, UUID id) {
        DeliverySchedule schedule = get(accountId, id);

        unplan(schedule);
        if (runs.existsByScheduleIdAndStatusIn(id, ScheduleRun.Status.UNFINISHED)) {
            // The runs in flight end normally (their export is under way) and tell their
            // outcome; the last one to end removes the schedule (ScheduledRuns).
            schedule.delete(clock.instant());
            log.info("Deleted schedule {} of account {}; kept until its runs in flight end",
                    id, accountId);
            return;
        }
        schedules.delete(schedule);
        log.info("Deleted schedule {} of account {}", id, accountId);
    }

    @Transactional
    DeliverySchedule pause(String accountId, UUID id) {
        DeliverySchedule schedule = get(accountId, id);

        schedule.pause(clock.instant());
        unplan(schedule);
        log.info("Paused schedule {}", id);
        return schedule;
    }

    @Transactional
    DeliverySchedule resume(String accountId, UUID id) {
        DeliverySchedule schedule = get(accountId, id);

        schedule.resume(clock.instant());
        plan(schedule);
        log.info("Resumed schedule {}, next run at {}", id, schedule.nextDueAt());
        return schedule;
    }

    /**
     * Refused while the schedule is paused or one of its runs is unfinished; the schedule's
     * row is locked so that run-now clicked twice at once starts one run.
     */
    @Transactional
    ScheduleRun runNow(String accountId, UUID id) {
        DeliverySchedule schedule = schedules.lockByIdAndAccountId(id, accountId)
                .orElseThrow(() -> ScheduleProblem.notFound(id));
        if (!schedule.isActive()) {
            throw ScheduleProblem.paused(id);
        }
        // Known shortcoming: a run whose export never answers blocks run-now for a day.
        Instant recent = clock.instant().minus(UNFINISHED_RUN_BLOCKS_FOR);
        runs.findFirstByScheduleIdAndStatusInAndCreatedAtAfterOrderByCreatedAt(id,
                        ScheduleRun.Status.UNFINISHED, recent)
                .ifPresent(running -> {
                    throw ScheduleProblem.runInProgress(id, running.id(), running.status().name(),
                            running.createdAt());
                });

        return runner.runNow(schedule);
    }

    @Transactional(readOnly = true)
    List<ScheduleRun> runs(String accountId, UUID id) {
        get(accountId, id);
        return runs.findTop100ByScheduleIdOrderByDueAtDescCreatedAtDesc(id);
    }

    /** Sets the next due time and moves the schedule's task there, in this transaction. */
    private void plan(DeliverySchedule schedule) {
        Optional<Instant> next = schedule.isActive()
                ? runner.nextDue(schedule, clock.instant())
                : Optional.empty();
        schedule.nextDueAt(next.orElse(null));

        TaskInstance<Void> task = dueTask.instance(schedule.id().toString());
        if (next.isEmpty()) {
            unplan(schedule);
        } else if (scheduler.getScheduledExecution(task).isEmpty()) {
            scheduler.schedule(task, next.get());
        } else {
            try {
                scheduler.reschedule(task, next.get());
            } catch (TaskInstanceCurrentlyExecutingException runningNow) {
                // Known shortcoming: a run executing now moves itself to the next time of the
                // former frequency; the new frequency applies from the run after it.
                log.info("Schedule {} is running now; its new frequency applies after this "
                        + "run", schedule.id());
            }
        }
    }

    private void unplan(DeliverySchedule schedule) {
        TaskInstance<Void> task = dueTask.instance(schedule.id().toString());
        if (scheduler.getScheduledExecution(task).isEmpty()) {
            return;
        }
        try {
            scheduler.cancel(task);
        } catch (TaskInstanceCurrentlyExecutingException runningNow) {
            // The run executing now is kept; at its next due time the task finds the schedule
            // paused or gone and removes itself.
            log.info("Schedule {} is running now; this run completes", schedule.id());
        }
    }

    private ScheduleTemplate templateOf(String accountId, ScheduleRequest request) {
        if (request.fromExport() != null && request.template() != null) {
            throw ScheduleProblem.invalid("Give either fromExport or template, not both.");
        }
        if (request.fromExport() != null) {
            ExportServiceClient.ExportSummary export =
                    exports.completedExport(accountId, request.fromExport());
            return new ScheduleTemplate(export.source(), export.fields(), export.file());
        }
        if (request.template() == null) {
            throw ScheduleProblem.invalid("Give fromExport (a completed export's id) or a "
                    + "template (source, fields, file).");
        }
        ScheduleTemplate template = request.template();
        return new ScheduleTemplate(named(accountId, template.source()), template.fields(),
                template.file());
    }

    /**
     * The source with the name segment-service gives it, which also checks that it exists:
     * an unknown segment is refused now rather than at the first run.
     */
    private ScheduleTemplate.Source named(String accountId, ScheduleTemplate.Source source) {
        if (source.type().equals("ALL")) {
            return new ScheduleTemplate.Source("ALL", null, WHOLE_BASE);
        }

        String name = segments.nameOf(accountId, SourceQuery.of(source));
        return new ScheduleTemplate.Source(source.type(), source.reference(), name);
    }

    private static ScheduleTemplate.File withDefaults(ScheduleTemplate.File file) {
        return file == null ? ScheduleTemplate.File.data() : file.withDefaults();
    }

    private void checkTarget(String accountId, UUID targetId) {
        if (!targets.exists(accountId, targetId)) {
            throw ScheduleProblem.targetNotFound(targetId);
        }
    }

    private Frequency checked(Frequency frequency, ZoneId zone) {
        String fault = frequency.fault();
        if (fault == null) {
            fault = frequency.paceFault(clock.instant(), zone, settings.minimumInterval());
        }
        if (fault != null) {
            throw ScheduleProblem.invalid("frequency: " + fault + ".");
        }
        return frequency;
    }

    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw ScheduleProblem.invalid("timeZone: " + timeZone
                    + " is not a time zone; give an IANA name such as Europe/Paris.");
        }
    }

    /** A day back is allowed: the caller's today may be yesterday in the schedule's zone. */
    private static void checkStart(LocalDate start, LocalDate today) {
        if (start.isBefore(today.minusDays(1))) {
            throw ScheduleProblem.invalid("startDate: " + start + " is in the past; give "
                    + today + " or a later day.");
        }
        LocalDate latest = today.plusYears(MAX_YEARS_AHEAD);
        if (start.isAfter(latest)) {
            throw ScheduleProblem.invalid("startDate: " + start + " is more than "
                    + MAX_YEARS_AHEAD + " years away; give " + latest + " at the latest.");
        }
    }

    private static void checkDates(DeliverySchedule schedule) {
        if (schedule.endDate().isBefore(schedule.startDate())) {
            throw ScheduleProblem.invalid("endDate: " + schedule.endDate()
                    + " is before startDate " + schedule.startDate() + ".");
        }
        LocalDate latest = schedule.startDate().plusYears(MAX_YEARS_AHEAD);
        if (schedule.endDate().isAfter(latest)) {
            throw ScheduleProblem.invalid("endDate: " + schedule.endDate() + " is more than "
                    + MAX_YEARS_AHEAD + " years after startDate " + schedule.startDate()
                    + "; give " + latest + " at the latest.");
        }
    }

    private void checkFileName(DeliverySchedule schedule) {
        try {
            FileNamePattern.resolve(schedule.fileNamePattern(), schedule.name(),
                    ZonedDateTime.now(clock).withZoneSameInstant(schedule.zone()));
        } catch (IllegalArgumentException e) {
            throw ScheduleProblem.invalid("fileNamePattern: " + e.getMessage() + ".");
        }
    }
}
