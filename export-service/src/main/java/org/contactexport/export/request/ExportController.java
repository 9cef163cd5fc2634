package org.contactexport.export.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.contactexport.security.AccountUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Exports", description = "Request exports of the contact base and follow them")
@SecurityRequirement(name = "bearer")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "HS256 token: sub = user id, account = account id")
class ExportController {

    private static final String WHOLE_BASE = """
            {"name": "Base complète", "source": {"type": "ALL"}, "fields": "MAIN"}""";
    private static final String SEGMENT = """
            {"name": "Actifs", "source": {"type": "SEGMENT", "id": "most-active-emails"},
             "fields": ["email", "first_name"], "notify": ["alice"]}""";
    private static final String SEARCH = """
            {"source": {"type": "SEARCH", "id": "5f0c6a52-8f43-4d7e-9a51-3c1f0b2d7e10"},
             "fields": "MAIN", "file": {"dialect": "data"}}""";
    private static final String CAMPAIGN_RESULT = """
            {"name": "Non ouverts novembre", "source": {"type": "CAMPAIGN_RESULT",
             "campaign": "nl-2026-11", "result": "not_opened", "bounceCategory": null},
             "fields": ["email"]}""";

    private final ExportRequests requests;

    ExportController(ExportRequests requests) {
        this.requests = requests;
    }

    @PostMapping
    @Operation(summary = "Request an export",
            description = "Checks the fields against the account's catalogue, resolves a"
                    + " segment, search or campaign result into a criteria snapshot kept with"
                    + " the job, stores the job and answers at once; the file is written in"
                    + " the background.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = ExportRequestBody.class),
            examples = {
                @ExampleObject(name = "whole base", value = WHOLE_BASE),
                @ExampleObject(name = "segment", value = SEGMENT),
                @ExampleObject(name = "search", value = SEARCH),
                @ExampleObject(name = "campaign result", value = CAMPAIGN_RESULT)}))
    @ApiResponse(responseCode = "202", description = "Accepted; Location names the job")
    @ApiResponse(responseCode = "400",
            description = "What to fix; for unknown fields, unknownFields and validFields;"
                    + " for notify ids that are not users of the account, unknownUsers;"
                    + " for a source segment-service refuses, its errors")
    @ApiResponse(responseCode = "404",
            description = "The segment, search or campaign does not exist in this account")
    @ApiResponse(responseCode = "503",
            description = "contact-service, segment-service or notification-service could"
                    + " not answer; nothing was stored")
    ResponseEntity<ExportView> request(@Parameter(hidden = true) AccountUser caller,
            @RequestBody ExportRequestBody body) {
        ExportView job = requests.request(caller, body);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/exports/" + job.id()))
                .body(job);
    }

    @GetMapping
    @Operation(summary = "The export history of the account, newest first")
    @ApiResponse(responseCode = "400",
            description = "page is not between 0 and 10000 or size not between 1 and 100;"
                    + " scheduleId with automated=false")
    ExportPage history(@Parameter(hidden = true) AccountUser caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "true: automated exports only; false: manual ones only")
            @RequestParam(required = false) Boolean automated,
            @Parameter(description = "Only the automated exports of this schedule")
            @RequestParam(required = false) UUID scheduleId) {
        return requests.history(caller, page, size, automated, scheduleId);
    }

    @GetMapping("/last-automated")
    @Operation(summary = "The newest automated export of the account or of one schedule")
    @ApiResponse(responseCode = "404", description = "No automated export yet")
    ExportView lastAutomated(@Parameter(hidden = true) AccountUser caller,
            @Parameter(description = "Only the automated exports of this schedule")
            @RequestParam(required = false) UUID scheduleId) {
        return requests.lastAutomated(caller, scheduleId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One export: status, progress and, once completed, its download")
    @ApiResponse(responseCode = "400", description = "The id is not a UUID")
    @ApiResponse(responseCode = "404", description = "No such export in this account")
    ExportView find(@Parameter(hidden = true) AccountUser caller, @PathVariable UUID id) {
        return requests.find(caller, id);
    }
}
