package org.contactexport.export.automated;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.contactexport.events.DeliveryScheduled;
import org.contactexport.events.ExportSource;
import org.contactexport.events.FileOptions;
import org.contactexport.events.Topics;
import org.contactexport.export.contacts.CatalogueField;
import org.contactexport.export.contacts.ContactService;
import org.contactexport.export.csv.Column;
import org.contactexport.export.csv.Dialect;
import org.contactexport.export.job.ExportJob;
import org.contactexport.export.job.ExportJobs;
import org.contactexport.export.job.JobEvents;
import org.contactexport.export.job.Schedule;
import org.contactexport.export.segments.SegmentService;
import org.contactexport.export.segments.SourceQuery;
import org.contactexport.export.segments.SourceRefused;
import org.contactexport.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a due schedule into a normal export job marked automated, whose id is the run's id:
 * a redelivered run finds its job and creates nothing. A targeted source is resolved again
 * now, so that each run follows the segment's current definition; a source or a field that
 * no longer exists gives a FAILED job and an {@code ExportFailed}, so the users learn it.
 */
@Component
class ScheduledExports {

    private static final Logger log = LoggerFactory.getLogger(ScheduledExports.class);
    private static final String COULD_NOT_START = "The scheduled export could not start: ";
    private static final int MAX_NAME = 200;
    private static final String DEFAULT_TIME_ZONE = "Europe/Paris";

    private final ExportJobs jobs;
    private final ContactService contacts;
    private final SegmentService segments;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final MeterRegistry meters;
    private final Clock clock;

    ScheduledExports(ExportJobs jobs, ContactService contacts, SegmentService segments,
            Outbox outbox, TransactionTemplate transaction, MeterRegistry meters, Clock clock) {
        this.jobs = jobs;
        this.contacts = contacts;
        this.segments = segments;
        this.outbox = outbox;
        this.transaction = transaction;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * @throws RuntimeException when contact-service or segment-service cannot answer, so that
     *         the run is retried and, after its retries, dead-lettered
     */
    void create(DeliveryScheduled run) {
        if (jobs.existsById(run.runId())) {
            log.info("Scheduled run {} already has its export; redelivery ignored", run.runId());
            return;
        }

        List<CatalogueField> catalogue = contacts.catalogue(run.accountId());
        List<Column> columns = columns(run.fields(), catalogue);
        List<String> unknown = unknownFields(run.fields(), catalogue);
        if (!unknown.isEmpty()) {
            failToStart(run, columns, "field(s) no longer in the account's catalogue: "
                    + String.join(", ", unknown));
            return;
        }

        ExportSource source;
        try {
            source = source(run);
        } catch (SourceRefused | IllegalArgumentException e) {
            failToStart(run, columns, e.getMessage());
            return;
        }
        start(run, source, columns);
    }

    /** After its retries, a run whose services never answered still leaves a FAILED job. */
    void failForGood(DeliveryScheduled run) {
        if (jobs.existsById(run.runId())) {
            return;
        }

        failToStart(run, List.of(), "contact-service or segment-service did not answer after"
                + " several attempts");
    }

    private void start(DeliveryScheduled run, ExportSource source, List<Column> columns) {
        ExportJob job = newJob(run, source, columns);
        boolean created = Boolean.TRUE.equals(transaction.execute(status -> {
            if (jobs.existsById(job.id())) {
                return false;
            }
            jobs.save(job);
            outbox.add(Topics.EXPORT_REQUESTED, job.id().toString(), JobEvents.requested(job));
            return true;
        }));

        if (created) {
            meters.counter("exports.requested").increment();
            log.info("Automated export {} of schedule {} requested, source {}", job.id(),
                    run.scheduleId(), source.type());
        }
    }

    private void failToStart(DeliveryScheduled run, List<Column> columns, String why) {
        ExportJob job = newJob(run, unresolved(run.source()), columns);
        job.fail(shortened(COULD_NOT_START + why), clock.instant());
        boolean created = Boolean.TRUE.equals(transaction.execute(status -> {
            if (jobs.existsById(job.id())) {
                return false;
            }
            jobs.save(job);
            outbox.add(Topics.EXPORT_FAILED, job.id().toString(), JobEvents.failed(job));
            return true;
        }));

        if (created) {
            meters.counter("exports.failed").increment();
            log.info("Automated export {} of schedule {} failed: {}", job.id(), run.scheduleId(),
                    job.failureReason());
        }
    }

    private ExportJob newJob(DeliveryScheduled run, ExportSource source, List<Column> columns) {
        // Known shortcoming: the users to notify are not checked again against
        // notification-service; delivery-service checked them when the schedule was saved.
        List<String> notify = run.notifyUserIds() == null ? List.of() : run.notifyUserIds();
        String requestedBy = run.requestedBy() != null ? run.requestedBy() : "scheduler";
        return new ExportJob(run.runId(), run.accountId(), requestedBy, name(run), source,
                columns, fileOptions(run.fileOptions()), notify,
                new Schedule(run.scheduleId(), run.scheduleName()), clock.instant());
    }

    private ExportSource source(DeliveryScheduled run) {
        ExportSource declared = run.source();
        if (declared == null || declared.type() == null || declared.type().equals("ALL")) {
            return declared == null || declared.type() == null
                    ? ExportSource.wholeBase()
                    : declared;
        }
        if (!List.of("SEGMENT", "SEARCH", "CAMPAIGN_RESULT").contains(declared.type())) {
            throw new IllegalArgumentException("unknown source type " + declared.type());
        }

        return segments.resolve(run.accountId(),
                SourceQuery.fromReference(declared.type(), declared.reference()));
    }

    /** The source as the schedule names it, without criteria: for a job that never runs. */
    private static ExportSource unresolved(ExportSource declared) {
        if (declared == null || declared.type() == null) {
            return ExportSource.wholeBase();
        }
        String name = declared.name() != null ? declared.name() : declared.type();
        return new ExportSource(declared.type(), declared.reference(), name, null,
                !declared.type().equals("ALL"));
    }

    /** The known fields in the order asked, or the main fields when none is asked. */
    private static List<Column> columns(List<String> keys, List<CatalogueField> catalogue) {
        if (keys == null || keys.isEmpty()) {
            return catalogue.stream().filter(CatalogueField::main)
                    .map(CatalogueField::column).toList();
        }
        Map<String, CatalogueField> byKey = catalogue.stream()
                .collect(Collectors.toMap(CatalogueField::key, Function.identity()));
        return keys.stream().filter(byKey::containsKey)
                .map(key -> byKey.get(key).column()).toList();
    }

    private static List<String> unknownFields(List<String> keys,
            List<CatalogueField> catalogue) {
        if (keys == null) {
            return List.of();
        }
        List<String> known = catalogue.stream().map(CatalogueField::key).toList();
        return keys.stream().filter(key -> !known.contains(key)).toList();
    }

    /** The schedule's file options; the data dialect's defaults for what it leaves out. */
    private static FileOptions fileOptions(FileOptions given) {
        Dialect dialect = given != null && Dialect.SPREADSHEET.key().equals(given.dialect())
                ? Dialect.SPREADSHEET
                : Dialect.DATA;
        if (given == null) {
            return new FileOptions(dialect.key(), dialect.defaultDelimiter(),
                    dialect.defaultBom(), dialect.defaultHeader().key(), DEFAULT_TIME_ZONE);
        }
        return new FileOptions(dialect.key(),
                orElse(given.delimiter(), dialect.defaultDelimiter()), given.bom(),
                orElse(given.header(), dialect.defaultHeader().key()),
                orElse(given.timeZone(), DEFAULT_TIME_ZONE));
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private String name(DeliveryScheduled run) {
        String name = run.name() != null && !run.name().isBlank() ? run.name()
                : run.scheduleName() != null && !run.scheduleName().isBlank() ? run.scheduleName()
                : "Export " + LocalDate.now(clock);
        return name.codePointCount(0, name.length()) <= MAX_NAME
                ? name
                : name.substring(0, name.offsetByCodePoints(0, MAX_NAME));
    }

    private static String shortened(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 499) + "…";
    }
}
