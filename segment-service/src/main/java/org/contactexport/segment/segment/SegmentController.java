package org.contactexport.segment.segment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.contactexport.security.AccountUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/segments")
@Tag(name = "Segments", description = "The six default segments and the account's own ones")
class SegmentController {

    private static final String INVALID = "What to fix; for invalid criteria, errors lists"
            + " each fault with its path, message and what is allowed there";
    private static final String NOT_FOUND = "No such segment in this account";

    private final Segments segments;

    SegmentController(Segments segments) {
        this.segments = segments;
    }

    @GetMapping
    @Operation(summary = "Every segment of the account with its criteria",
            description = "The default segments first, in a fixed order, then the custom"
                    + " ones by name.")
    List<SegmentView> list(@Parameter(hidden = true) AccountUser caller) {
        return segments.list(caller);
    }

    @PostMapping
    @Operation(summary = "Create a custom segment",
            description = "The criteria are checked against the account's field catalogue"
                    + " and stored in their canonical form.")
    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @ApiResponse(responseCode = "400", description = INVALID)
    @ApiResponse(responseCode = "409", description = "The account has a segment of that name")
    @ApiResponse(responseCode = "503", description = "contact-service could not answer")
    ResponseEntity<SegmentView> create(@Parameter(hidden = true) AccountUser caller,
            @RequestBody SegmentBody body) {
        SegmentView segment = segments.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/segments/" + segment.id()))
                .body(segment);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One segment, default or custom")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    SegmentView find(@Parameter(hidden = true) AccountUser caller,
            @Parameter(description = "A default segment id or a custom segment's UUID")
            @PathVariable String id) {
        return segments.find(caller, id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Rename a custom segment or change its criteria",
            description = "Send the version read: an edit made meanwhile answers 409.")
    @ApiResponse(responseCode = "400", description = INVALID)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "A default segment, a name already"
            + " taken, or a version that is not the current one")
    SegmentView change(@Parameter(hidden = true) AccountUser caller, @PathVariable String id,
            @RequestBody SegmentChange change) {
        return segments.change(caller, id, change);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a custom segment")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "A default segment cannot be deleted")
    ResponseEntity<Void> delete(@Parameter(hidden = true) AccountUser caller,
            @PathVariable String id) {
        segments.delete(caller, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/count")
    @Operation(summary = "How many contacts the segment holds now",
            description = "Contacts who asked not to be tracked are left out, as in an export.")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "503", description = "contact-service could not answer")
    SegmentCount count(@Parameter(hidden = true) AccountUser caller, @PathVariable String id) {
        return segments.count(caller, id);
    }
}
