package org.contactexport.segment.search;

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
@RequestMapping("/api/v1/searches")
@Tag(name = "Searches", description = "Saved searches with their revisions and runs,"
        + " ad-hoc searches, and searches made from a campaign-report figure")
class SearchController {

    private static final String INVALID = "What to fix; for invalid criteria, errors lists"
            + " each fault with its path, message and what is allowed there";
    private static final String NOT_FOUND = "No such search in this account";
    private static final String UNAVAILABLE = "contact-service could not answer";

    private final Searches searches;

    SearchController(Searches searches) {
        this.searches = searches;
    }

    @GetMapping
    @Operation(summary = "The account's saved searches, newest first")
    List<SearchView> list(@Parameter(hidden = true) AccountUser caller) {
        return searches.list(caller);
    }

    @PostMapping
    @Operation(summary = "Save a search", description = "The criteria are checked against the"
            + " account's field catalogue; the search starts at revision 1.")
    @ApiResponse(responseCode = "201", description = "Saved; Location names it")
    @ApiResponse(responseCode = "400", description = INVALID)
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    ResponseEntity<SearchView> create(@Parameter(hidden = true) AccountUser caller,
            @RequestBody SearchBody body) {
        return created(searches.create(caller, body));
    }

    @PostMapping("/from-campaign-result")
    @Operation(summary = "Save a search of the contacts behind a campaign-report figure",
            description = "e.g. not_opened is: delivered in the campaign and not opened in it."
                    + " The default name is the campaign's name and the figure.")
    @ApiResponse(responseCode = "201", description = "Saved; Location names it")
    @ApiResponse(responseCode = "400", description = "An unknown result or bounce category"
            + " (allowed lists them), or a bounce category with another result than bounced")
    @ApiResponse(responseCode = "404", description = "No such campaign in this account")
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    ResponseEntity<SearchView> createFromFigure(@Parameter(hidden = true) AccountUser caller,
            @RequestBody FigureSearchBody body) {
        return created(searches.createFromFigure(caller, body));
    }

    @PostMapping("/run")
    @Operation(summary = "Run a search without saving it",
            description = "The count and the first 20 contacts in id order, leaving out"
                    + " contacts who asked not to be tracked; name is not read.")
    @ApiResponse(responseCode = "400", description = INVALID)
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    SearchResult runAdHoc(@Parameter(hidden = true) AccountUser caller,
            @RequestBody SearchBody body) {
        return searches.runAdHoc(caller, body);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One saved search, at its current revision")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    SearchView find(@Parameter(hidden = true) AccountUser caller, @PathVariable String id) {
        return searches.find(caller, id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Rename a saved search or change its criteria",
            description = "Makes a new revision; the previous ones stay readable. Send the"
                    + " version read: an edit made meanwhile answers 409.")
    @ApiResponse(responseCode = "400", description = INVALID)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "The version is not the current one")
    SearchView change(@Parameter(hidden = true) AccountUser caller, @PathVariable String id,
            @RequestBody SearchChange change) {
        return searches.change(caller, id, change);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a saved search with its revisions and runs")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    ResponseEntity<Void> delete(@Parameter(hidden = true) AccountUser caller,
            @PathVariable String id) {
        searches.delete(caller, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/revisions")
    @Operation(summary = "Every revision of a saved search, newest first")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    List<RevisionView> revisions(@Parameter(hidden = true) AccountUser caller,
            @PathVariable String id) {
        return searches.revisions(caller, id);
    }

    @PostMapping("/{id}/runs")
    @Operation(summary = "Run a saved search and record the run",
            description = "The count and the first 20 contacts in id order, leaving out"
                    + " contacts who asked not to be tracked.")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    SearchResult run(@Parameter(hidden = true) AccountUser caller, @PathVariable String id) {
        return searches.run(caller, id);
    }

    @GetMapping("/{id}/runs")
    @Operation(summary = "The latest 100 runs of a saved search, newest first")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    List<RunView> runs(@Parameter(hidden = true) AccountUser caller, @PathVariable String id) {
        return searches.runs(caller, id);
    }

    private static ResponseEntity<SearchView> created(SearchView search) {
        return ResponseEntity.created(URI.create("/api/v1/searches/" + search.id()))
                .body(search);
    }
}
