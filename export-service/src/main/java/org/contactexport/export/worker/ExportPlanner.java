package org.contactexport.export.worker;

import java.time.Clock;
import java.util.List;
import org.contactexport.events.ExportPartRequested;
import org.contactexport.events.ExportRequested;
import org.contactexport.events.Topics;
import org.contactexport.export.PlatformSettings;
import org.contactexport.export.contacts.ContactBounds;
import org.contactexport.export.contacts.ContactService;
import org.contactexport.export.job.ExportJob;
import org.contactexport.export.job.ExportJobs;
import org.contactexport.export.job.ExportPart;
import org.contactexport.export.job.ExportParts;
import org.contactexport.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Cuts a requested export into id-range parts that any worker of the group can write. */
@Component
class ExportPlanner {

    private static final Logger log = LoggerFactory.getLogger(ExportPlanner.class);

    private final ExportJobs jobs;
    private final ExportParts parts;
    private final ContactService contacts;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int partSize;

    ExportPlanner(ExportJobs jobs, ExportParts parts, ContactService contacts, Outbox outbox,
            TransactionTemplate transaction, Clock clock, PlatformSettings settings) {
        this.jobs = jobs;
        this.parts = parts;
        this.contacts = contacts;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
        this.partSize = settings.export().partSize();
    }

    void plan(ExportRequested requested) {
        if (!waitsForPlan(requested)) {
            log.info("Export {} is already planned; redelivered request ignored",
                    requested.exportId());
            return;
        }

        ContactBounds bounds = contacts.bounds(requested.accountId(), requested.source());
        transaction.executeWithoutResult(status -> {
            ExportJob job = jobs.lockById(requested.exportId()).orElseThrow();
            if (!job.isWaitingForPlan()) {
                return;
            }
            List<ExportPart> planned = job.plan(bounds.minId(), bounds.maxId(), partSize,
                    clock.instant());
            parts.saveAll(planned);
            planned.forEach(part -> outbox.add(Topics.EXPORT_PART_REQUESTED,
                    job.id() + "-" + part.number(), partRequested(job, part)));
            log.info("Export {} running: {} contacts in {} part(s)", job.id(), bounds.count(),
                    planned.size());
        });
    }

    private boolean waitsForPlan(ExportRequested requested) {
        return jobs.findById(requested.exportId())
                .map(ExportJob::isWaitingForPlan)
                .orElse(false);
    }

    private static ExportPartRequested partRequested(ExportJob job, ExportPart part) {
        return new ExportPartRequested(ExportPartRequested.VERSION, job.id(), job.accountId(),
                part.number(), part.fromId(), part.toId());
    }
}
