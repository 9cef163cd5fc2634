package org.contactexport.export.request;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.contactexport.events.ExportSource;
import org.contactexport.events.FileOptions;
import org.contactexport.events.Topics;
import org.contactexport.export.PlatformSettings;
import org.contactexport.export.contacts.ContactService;
import org.contactexport.export.csv.Column;
import org.contactexport.export.job.ExportJob;
import org.contactexport.export.job.ExportJobs;
import org.contactexport.export.job.JobEvents;
import org.contactexport.export.notification.NotificationService;
import org.contactexport.export.segments.SegmentService;
import org.contactexport.export.segments.SourceQuery;
import org.contactexport.outbox.Outbox;
import org.contactexport.security.AccountUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Accepts export requests and reads the history, confined to the caller's account. */
@Service
class ExportRequests {

    private static final Logger log = LoggerFactory.getLogger(ExportRequests.class);
    private static final int MAX_NAME = 200;
    private static final int MAX_NOTIFY = 20;
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    /** Deep pages cost a scan of every row before them; nobody browses that far. */
    private static final int MAX_PAGE = 10_000;

    private final ExportJobs jobs;
    private final ContactService contacts;
    private final SegmentService segments;
    private final NotificationService notifications;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String deliveryPublicUrl;

    ExportRequests(ExportJobs jobs, ContactService contacts, SegmentService segments,
            NotificationService notifications, Outbox outbox, TransactionTemplate transaction,
            MeterRegistry meters, Clock clock, PlatformSettings settings) {
        this.jobs = jobs;
        this.contacts = contacts;
        this.segments = segments;
        this.notifications = notifications;
        this.outbox = outbox;
        this.transaction = transaction;
        this.meters = meters;
        this.clock = clock;
        this.deliveryPublicUrl = settings.deliveryService().publicUrl();
    }

    ExportView request(AccountUser caller, ExportRequestBody body) {
        FileOptions file = FileOptionsReader.read(body.file());
        SourceQuery query = ExportSources.query(body.source());
        List<String> keys = FieldSelection.keysOrMain(body.fields());
        List<String> notify = notifyList(body.notifyUserIds());
        String name = name(body.name());

        List<Column> columns = FieldSelection.columns(keys, contacts.catalogue(caller.accountId()));
        checkKnown(caller.accountId(), notify);
        ExportSource source = query == null
                ? ExportSource.wholeBase()
                : segments.resolve(caller.accountId(), query);
        ExportJob job = new ExportJob(UUID.randomUUID(), caller.accountId(), caller.userId(),
                name, source, columns, file, notify, null, clock.instant());
        transaction.executeWithoutResult(status -> {
            jobs.save(job);
            outbox.add(Topics.EXPORT_REQUESTED, job.id().toString(), JobEvents.requested(job));
        });

        meters.counter("exports.requested").increment();
        log.info("Export {} of source {} requested by user {} of account {}", job.id(),
                source.type(), caller.userId(), caller.accountId());
        return ExportView.of(job, deliveryPublicUrl);
    }

    ExportView find(AccountUser caller, UUID id) {
        return jobs.findByIdAndAccountId(id, caller.accountId())
                .map(job -> ExportView.of(job, deliveryPublicUrl))
                .orElseThrow(() -> new ExportNotFound(id));
    }

    /**
     * @param automated true for automated exports only, false for manual ones, null for all
     * @param scheduleId the automated exports of one schedule; null for all
     */
    ExportPage history(AccountUser caller, int page, int size, Boolean automated,
            UUID scheduleId) {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > 100) {
            throw new InvalidExportRequest("page must be between 0 and " + MAX_PAGE
                    + " and size between 1 and 100");
        }
        if (scheduleId != null && Boolean.FALSE.equals(automated)) {
            throw new InvalidExportRequest("scheduleId selects automated exports: drop"
                    + " automated=false or scheduleId");
        }

        Page<ExportJob> found = historyPage(caller.accountId(), automated, scheduleId,
                PageRequest.of(page, size));
        List<ExportView> items = found.stream()
                .map(job -> ExportView.of(job, deliveryPublicUrl))
                .toList();
        return new ExportPage(items, page, size, found.getTotalElements());
    }

    /** The newest automated export of the account, or of one of its schedules. */
    ExportView lastAutomated(AccountUser caller, UUID scheduleId) {
        Optional<ExportJob> newest = scheduleId == null
                ? jobs.findFirstByAccountIdAndScheduleIdIsNotNullOrderByRequestedAtDesc(
                        caller.accountId())
                : jobs.findFirstByAccountIdAndScheduleIdOrderByRequestedAtDesc(
                        caller.accountId(), scheduleId);
        return newest.map(job -> ExportView.of(job, deliveryPublicUrl))
                .orElseThrow(() -> new ExportNotFound(scheduleId == null
                        ? "No automated export in this account yet"
                        : "No automated export of schedule " + scheduleId + " yet"));
    }

    private Page<ExportJob> historyPage(String accountId, Boolean automated, UUID scheduleId,
            PageRequest page) {
        if (scheduleId != null) {
            return jobs.findByAccountIdAndScheduleIdOrderByRequestedAtDesc(accountId,
                    scheduleId, page);
        }
        if (automated == null) {
            return jobs.findByAccountIdOrderByRequestedAtDesc(accountId, page);
        }
        return automated
                ? jobs.findByAccountIdAndScheduleIdIsNotNullOrderByRequestedAtDesc(accountId, page)
                : jobs.findByAccountIdAndScheduleIdIsNullOrderByRequestedAtDesc(accountId, page);
    }

    private String name(String given) {
        if (given == null || given.isBlank()) {
            return "Export " + LocalDate.now(clock);
        }
        if (given.codePointCount(0, given.length()) > MAX_NAME) {
            throw new InvalidExportRequest("name must be at most " + MAX_NAME + " characters");
        }
        if (given.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidExportRequest("name must not hold control characters"
                    + " (line breaks, tabs, NUL...)");
        }
        return given.strip();
    }

    private static List<String> notifyList(List<String> notify) {
        if (notify == null) {
            return List.of();
        }
        if (notify.size() > MAX_NOTIFY) {
            throw new InvalidExportRequest("notify: at most " + MAX_NOTIFY + " user ids");
        }
        if (notify.stream().anyMatch(id -> id == null || !USER_ID.matcher(id).matches())) {
            throw new InvalidExportRequest("notify: each user id must be 1 to 100 characters"
                    + " among letters, digits and . _ @ -");
        }
        return List.copyOf(notify);
    }

    private void checkKnown(String accountId, List<String> notify) {
        if (notify.isEmpty()) {
            return;
        }
        List<String> unknown = notifications.unknownUsers(accountId, notify);
        if (!unknown.isEmpty()) {
            throw new InvalidExportRequest("notify: unknown users of this account: "
                    + String.join(", ", unknown), Map.of("unknownUsers", unknown));
        }
    }
}
