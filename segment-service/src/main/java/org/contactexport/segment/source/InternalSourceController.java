package org.contactexport.segment.source;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the platform's services only: carries no token (see docs/architecture.md). Problem
 * details say "in this account", as export-service passes them on to the person exporting.
 */
@RestController
@Tag(name = "Internal", description = "For the platform's services only")
class InternalSourceController {

    private final SourceResolution resolution;

    InternalSourceController(SourceResolution resolution) {
        this.resolution = resolution;
    }

    @PostMapping("/internal/v1/accounts/{accountId}/sources/resolve")
    @SecurityRequirements
    @Operation(summary = "The criteria a segment, search or campaign figure selects now")
    @ApiResponse(responseCode = "400", description = "An unknown type, result or bounce"
            + " category, or a missing id; allowed lists what is accepted")
    @ApiResponse(responseCode = "404", description = "No such segment, search or campaign in"
            + " that account")
    @ApiResponse(responseCode = "503", description = "contact-service could not answer")
    ResolvedSource resolve(@PathVariable String accountId, @RequestBody SourceRequest source) {
        return resolution.resolve(accountId, source);
    }
}
