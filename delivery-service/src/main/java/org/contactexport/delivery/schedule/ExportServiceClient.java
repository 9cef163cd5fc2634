package org.contactexport.delivery.schedule;

import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** Reads a manual export from export-service, to copy its source and fields. */
@Component
class ExportServiceClient {

    private final RestClient http;

    ExportServiceClient(RestClient.Builder builder, ExportServiceSettings settings) {
        this.http = builder.baseUrl(settings.url().toString()).build();
    }

    /** @throws ScheduleProblem 404 when unknown to the account, 409 when not completed */
    ExportSummary completedExport(String accountId, UUID exportId) {
        ExportSummary export;
        try {
            export = http.get()
                    .uri("/internal/v1/accounts/{accountId}/exports/{exportId}", accountId,
                            exportId)
                    .retrieve()
                    .body(ExportSummary.class);
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                throw ScheduleProblem.exportNotFound(exportId);
            }
            throw e;
        }

        if (export == null || !"COMPLETED".equals(export.status())) {
            throw ScheduleProblem.exportNotCompleted(exportId,
                    export == null ? null : export.status());
        }
        return export;
    }

    /** The part of export-service's answer a schedule copies. */
    record ExportSummary(
            UUID id,
            String name,
            String status,
            boolean automated,
            ScheduleTemplate.Source source,
            List<String> fields,
            ScheduleTemplate.File file) {
    }
}
