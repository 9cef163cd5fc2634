package org.contactexport.export.job;

import org.contactexport.events.ExportFailed;
import org.contactexport.events.ExportRequested;

/** The events a job's state changes owe, built the same way wherever the change happens. */
public final class JobEvents {

    private JobEvents() {
    }

    public static ExportRequested requested(ExportJob job) {
        return new ExportRequested(ExportRequested.VERSION, job.id(), job.accountId(),
                job.requestedBy(), job.name(), job.source(), job.fieldKeys(), job.fileOptions(),
                job.scheduleId(), job.requestedAt());
    }

    /** For a job that has just failed. */
    public static ExportFailed failed(ExportJob job) {
        return new ExportFailed(ExportFailed.VERSION, job.id(), job.accountId(), job.name(),
                job.failureReason(), job.notifyUserIds(), job.scheduleId(), job.completedAt());
    }
}
