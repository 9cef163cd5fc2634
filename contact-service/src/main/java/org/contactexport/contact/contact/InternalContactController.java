package org.contactexport.contact.contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.contactexport.contact.field.FieldCatalogue;
import org.contactexport.contact.field.FieldCatalogues;
import org.contactexport.contact.field.FieldDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The read that other services build exports from; reachable inside the platform only. */
@RestController
@RequestMapping("/internal/v1/accounts/{accountId}/contacts")
@Tag(name = "Internal", description = "Service-to-service reads, no token")
class InternalContactController {

    static final String NDJSON = "application/x-ndjson";
    private static final int RESPONSE_BUFFER_SIZE = 1 << 16;

    private static final Logger log = LoggerFactory.getLogger(InternalContactController.class);

    private final FieldCatalogues catalogues;
    private final ContactReader reader;

    InternalContactController(FieldCatalogues catalogues, ContactReader reader) {
        this.catalogues = catalogues;
        this.reader = reader;
    }

    @PostMapping("/bounds")
    @Operation(summary = "Count a selection's contacts and give their id range")
    ContactBounds bounds(@PathVariable String accountId,
            @RequestBody(required = false) BoundsRequest request) {
        boolean excludeDoNotTrack = request != null && request.excludesDoNotTrack();
        warnIfCriteria(accountId, request == null ? null : request.criteria());

        return reader.bounds(ContactRange.whole(accountId, excludeDoNotTrack));
    }

    @PostMapping(path = "/stream", produces = NDJSON)
    @Operation(summary = "Stream contacts with chosen fields, one JSON array per line",
            description = "Rows in id order, fromId and toId inclusive: [id, value, ...] with "
                    + "one string or null per field asked, in stored form. 400 for an unknown "
                    + "field key.")
    void stream(@PathVariable String accountId, @RequestBody StreamRequest request,
            HttpServletResponse response) throws IOException {
        List<FieldDefinition> fields = checkedFields(accountId, request);
        ContactRange range = new ContactRange(accountId, request.fromId(), request.toId(),
                request.excludesDoNotTrack());
        warnIfCriteria(accountId, request.criteria());
        response.setContentType(NDJSON);
        response.setCharacterEncoding("UTF-8");
        response.setBufferSize(RESPONSE_BUFFER_SIZE);

        long started = System.nanoTime();
        long rows = reader.stream(range, fields, response.getOutputStream());
        log.info("Streamed {} contacts of account {} (ids {} to {}) in {} ms", rows, accountId,
                range.fromId(), range.toId(), (System.nanoTime() - started) / 1_000_000);
    }

    private List<FieldDefinition> checkedFields(String accountId, StreamRequest request) {
        if (request.fields() == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "'fields' must list the field keys to stream");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        FieldCatalogue catalogue = catalogues.of(accountId);
        return request.fields().stream().map(catalogue::require).toList();
    }

    // Segment and search criteria are not defined yet; a selection is the whole range.
    private static void warnIfCriteria(String accountId, Object criteria) {
        if (criteria != null) {
            log.warn("Criteria asked for account {} are not applied yet: the whole range is read",
                    accountId);
        }
    }
}
