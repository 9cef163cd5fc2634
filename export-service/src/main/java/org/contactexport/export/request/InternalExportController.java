package org.contactexport.export.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.contactexport.events.FileOptions;
import org.contactexport.export.job.ExportJob;
import org.contactexport.export.job.ExportJobs;
import org.contactexport.export.job.ExportStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What delivery-service copies into a schedule made from an export. No token: reachable only
 * inside the platform's network.
 */
@RestController
@Tag(name = "Internal", description = "Service to service, inside the platform's network")
class InternalExportController {

    private final ExportJobs jobs;

    InternalExportController(ExportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/internal/v1/accounts/{accountId}/exports/{exportId}")
    @Operation(summary = "An export's source, fields and file options")
    @ApiResponse(responseCode = "404", description = "No such export in this account")
    TemplateView find(@PathVariable String accountId, @PathVariable UUID exportId) {
        return jobs.findByIdAndAccountId(exportId, accountId)
                .map(TemplateView::of)
                .orElseThrow(() -> new ExportNotFound(exportId));
    }

    /** An export as a template: its source without the criteria, which are resolved anew. */
    record TemplateView(UUID id, String name, ExportStatus status, boolean automated,
            ExportView.Source source, List<String> fields, FileOptions file) {

        static TemplateView of(ExportJob job) {
            return new TemplateView(job.id(), job.name(), job.status(), job.isAutomated(),
                    new ExportView.Source(job.source().type(), job.source().reference(),
                            job.source().name()),
                    job.fieldKeys(), job.fileOptions());
        }
    }
}
