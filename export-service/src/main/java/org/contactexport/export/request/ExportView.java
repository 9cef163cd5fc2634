package org.contactexport.export.request;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.contactexport.events.FileOptions;
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
        boolean automated) {

    record Source(String type, String name) {
    }

    record Progress(int partsDone, int partsTotal, long rowsWritten, int percent) {
    }

    static ExportView of(ExportJob job, String deliveryPublicUrl) {
        boolean completed = job.status() == ExportStatus.COMPLETED;
        return new ExportView(
                job.id(),
                job.name(),
                job.status(),
                new Source(job.source().type(), job.source().name()),
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
                job.scheduleId() != null);
    }

    private static Progress progress(ExportJob job) {
        int percent = job.status() == ExportStatus.COMPLETED ? 100
                : job.partsTotal() == 0 ? 0
                : job.partsDone() * 100 / job.partsTotal();
        return new Progress(job.partsDone(), job.partsTotal(), job.rowsWritten(), percent);
    }
}
