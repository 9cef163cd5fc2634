package org.contactexport.export.request;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.contactexport.events.FileOptions;
import org.contactexport.export.job.DeliveryStatus;
import org.contactexport.export.job.ExportJob;
import org.contactexport.export.job.ExportStatus;

/** An export job as the API shows it. */
record ExportView(
        UUID id,
        String name,
        ExportStatus status,
        Source source,
        List<String> fields,
        FileOptions file,
        String requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant completedAt,
        Progress progress,
        Long rows,
        Long bytes,
        String sha256,
        String fileName,
        String downloadUrl,
        String failureReason,
        boolean automated,
        Schedule schedule,
        Delivery delivery) {

    /** @param reference the segment or search id, or the campaign figure; null for ALL */
    record Source(String type, String reference, String name) {
    }

    /** The schedule behind an automated export. */
    record Schedule(UUID id, String name) {
    }

    /**
     * The SFTP delivery of an automated export, once its file is complete.
     *
     * @param status PENDING, DELIVERED or FAILED
     * @param at     when it was delivered or given up; null while pending
     */
    record Delivery(DeliveryStatus status, String remotePath, String reason, Instant at) {
    }

    record Progress(int partsDone, int partsTotal, long rowsWritten, int percent) {
    }

    static ExportView of(ExportJob job, String deliveryPublicUrl) {
        boolean completed = job.status() == ExportStatus.COMPLETED;
        return new ExportView(
                job.id(),
                job.name(),
                job.status(),
                new Source(job.source().type(), job.source().reference(), job.source().name()),
                job.fieldKeys(),
                job.fileOptions(),
                job.requestedBy(),
                job.requestedAt(),
                job.startedAt(),
                job.completedAt(),
                progress(job),
                completed ? job.rowsWritten() : null,
                job.bytes(),
                job.sha256(),
                job.fileName(),
                completed ? deliveryPublicUrl + "/api/v1/files/" + job.id() : null,
                job.failureReason(),
                job.isAutomated(),
                job.isAutomated() ? new Schedule(job.scheduleId(), job.schedule().name()) : null,
                delivery(job));
    }

    private static Delivery delivery(ExportJob job) {
        if (job.deliveryStatus() == null) {
            return null;
        }
        return new Delivery(job.deliveryStatus(), job.deliveryRemotePath(),
                job.deliveryReason(), job.deliveryAt());
    }

    private static Progress progress(ExportJob job) {
        int percent = job.status() == ExportStatus.COMPLETED ? 100
                : job.partsTotal() == 0 ? 0
                : job.partsDone() * 100 / job.partsTotal();
        return new Progress(job.partsDone(), job.partsTotal(), job.rowsWritten(), percent);
    }
}
