package org.contactexport.export.worker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.contactexport.events.ExportCompleted;
import org.contactexport.events.ExportPartRequested;
import org.contactexport.events.Topics;
import org.contactexport.export.contacts.ContactService;
import org.contactexport.export.csv.CsvLayout;
import org.contactexport.export.job.ExportJob;
import org.contactexport.export.job.ExportJobs;
import org.contactexport.export.job.ExportPart;
import org.contactexport.export.job.ExportParts;
import org.contactexport.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one part of an export into its part file; whoever finishes the last part assembles
 * the file and completes the job. A redelivered part rewrites its file whole, so a worker
 * killed in the middle neither loses nor duplicates a row.
 */
@Component
class PartWriter {

    private static final Logger log = LoggerFactory.getLogger(PartWriter.class);
    private static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private final ExportJobs jobs;
    private final ExportParts parts;
    private final ContactService contacts;
    private final FileStore store;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final ExportMetrics metrics;
    private final Clock clock;

    PartWriter(ExportJobs jobs, ExportParts parts, ContactService contacts, FileStore store,
            Outbox outbox, TransactionTemplate transaction, ExportMetrics metrics, Clock clock) {
        this.jobs = jobs;
        this.parts = parts;
        this.contacts = contacts;
        this.store = store;
        this.outbox = outbox;
        this.transaction = transaction;
        this.metrics = metrics;
        this.clock = clock;
    }

    void write(ExportPartRequested request) {
        Optional<ExportJob> found = jobs.findById(request.exportId());
        ExportPart.Key key = new ExportPart.Key(request.exportId(), request.partNumber());
        if (found.isEmpty() || !found.get().isRunning()
                || parts.findById(key).map(ExportPart::isDone).orElse(true)) {
            log.info("Part {} of export {} is already written; redelivery ignored",
                    request.partNumber(), request.exportId());
            return;
        }

        ExportJob job = found.get();
        long rows = writeRows(job, request);
        metrics.partWritten(rows);
        boolean completed = Boolean.TRUE.equals(
                transaction.execute(status -> finishPart(key, rows)));
        if (completed) {
            store.deleteWorkFolder(job.id());
        }
    }

    private long writeRows(ExportJob job, ExportPartRequested request) {
        long[] rows = {0};
        CsvLayout layout = job.layout();
        store.writePart(job.id(), request.partNumber(), out -> {
            if (request.fromId() > request.toId()) {
                return;
            }
            CsvLayout.RowWriter writer = layout.rowWriter(out);
            rows[0] = contacts.stream(job.accountId(), job.source(), job.fieldKeys(),
                    request.fromId(), request.toId(), writer::write);
        });
        return rows[0];
    }

    /** @return whether this part was the last and the export is now complete */
    private boolean finishPart(ExportPart.Key key, long rows) {
        ExportJob job = jobs.lockById(key.exportId()).orElseThrow();
        ExportPart part = parts.findById(key).orElseThrow();
        if (!job.isRunning() || part.isDone()) {
            return false;
        }

        job.partFinished(part, rows);
        log.info("Export {}: part {} written, {} of {} parts done", job.id(), part.number(),
                job.partsDone(), job.partsTotal());
        if (!job.allPartsDone()) {
            return false;
        }
        complete(job);
        return true;
    }

    private void complete(ExportJob job) {
        List<Integer> numbers = parts.findByExport(job.id()).stream()
                .map(ExportPart::number)
                .toList();
        FileStore.StoredFile file = store.assemble(job.accountId(), job.id(),
                FileNames.of(job.name()), job.layout(), numbers);
        Instant now = clock.instant();
        job.complete(file.fileName(), file.bytes(), file.sha256(), now);
        outbox.add(Topics.EXPORT_COMPLETED, job.id().toString(), completed(job, file));

        metrics.completed(Duration.between(job.requestedAt(), now));
        log.info("Export {} completed: {} rows, {} bytes", job.id(), job.rowsWritten(),
                file.bytes());
    }

    private static ExportCompleted completed(ExportJob job, FileStore.StoredFile file) {
        return new ExportCompleted(ExportCompleted.VERSION, job.id(), job.accountId(),
                job.name(), job.source().type(), job.source().name(), job.fieldKeys(),
                file.location(), file.fileName(), CONTENT_TYPE, job.rowsWritten(), file.bytes(),
                file.sha256(), job.notifyUserIds(), job.scheduleId(), job.completedAt());
    }
}
