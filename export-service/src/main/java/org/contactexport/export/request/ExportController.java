package org.contactexport.export.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.Parameter;
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

    private final ExportRequests requests;

    ExportController(ExportRequests requests) {
        this.requests = requests;
    }

    @PostMapping
    @Operation(summary = "Request an export",
            description = "Checks the fields against the account's catalogue, stores the job"
                    + " and answers at once; the file is written in the background.")
    @ApiResponse(responseCode = "202", description = "Accepted; Location names the job")
    @ApiResponse(responseCode = "400",
            description = "What to fix; for unknown fields, unknownFields and validFields;"
                    + " for notify ids that are not users of the account, unknownUsers")
    @ApiResponse(responseCode = "503",
            description = "contact-service or notification-service could not answer;"
                    + " nothing was stored")
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
            description = "page is not between 0 and 10000 or size not between 1 and 100")
    ExportPage history(@Parameter(hidden = true) AccountUser caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return requests.history(caller, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One export: status, progress and, once completed, its download")
    @ApiResponse(responseCode = "400", description = "The id is not a UUID")
    @ApiResponse(responseCode = "404", description = "No such export in this account")
    ExportView find(@Parameter(hidden = true) AccountUser caller, @PathVariable UUID id) {
        return requests.find(caller, id);
    }
}
