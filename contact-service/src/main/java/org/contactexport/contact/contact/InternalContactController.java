package org.contactexport.contact.contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.contactexport.contact.field.FieldCatalogue;
import org.contactexport.contact.field.FieldCatalogues;
import org.contactexport.contact.field.FieldDefinition;
import org.contactexport.contact.field.StandardField;
import org.contactexport.contact.selection.SelectionCriteria;
import org.contactexport.contact.selection.SqlCondition;
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

    /** The fields of a search's first page, in this order after the id. */
    private static final List<FieldDefinition> SEARCH_FIELDS = Stream.of(
            StandardField.FIRST_NAME, StandardField.LAST_NAME, StandardField.COMPANY,
            StandardField.EMAIL_ADDRESS, StandardField.MOBILE, StandardField.EMAIL_STATUS_FIELD,
            StandardField.MOBILE_STATUS_FIELD, StandardField.CREATED_AT)
            .map(StandardField::definition).toList();

    private final FieldCatalogues catalogues;
    private final SelectionCriteria criteria;
    private final ContactReader reader;

    InternalContactController(FieldCatalogues catalogues, SelectionCriteria criteria,
            ContactReader reader) {
        this.catalogues = catalogues;
        this.criteria = criteria;
        this.reader = reader;
    }

    @PostMapping("/bounds")
    @Operation(summary = "Count a selection's contacts and give their id range",
            description = "criteria: a criteria document (docs/criteria.md) or null for every "
                    + "contact; a refused document is a 400 whose errors give each fault's "
                    + "path, message and allowed values.")
    ContactBounds bounds(@PathVariable String accountId,
            @RequestBody(required = false) BoundsRequest request) {
        boolean excludeDoNotTrack = request != null && request.excludesDoNotTrack();
        SqlCondition condition = criteria.condition(accountId,
                request == null ? null : request.criteria());

        return reader.bounds(ContactRange.whole(accountId, excludeDoNotTrack, condition));
    }

    @PostMapping("/search")
    @Operation(summary = "Count a search's contacts and give the first ones in id order",
            description = "limit: 1 to 100, 20 when absent. Each contact has its id, names, "
                    + "company, email, mobile, statuses and created_at, in stored form. A "
                    + "refused criteria document is a 400 listing each fault.")
    ContactSearchResult search(@PathVariable String accountId,
            @Valid @RequestBody SearchRequest request) {
        SqlCondition condition = criteria.condition(accountId, request.criteria());

        ContactRange range = ContactRange.whole(accountId, request.excludesDoNotTrack(),
                condition);
        return reader.search(range, SEARCH_FIELDS, request.limitOrDefault());
    }

    @PostMapping(path = "/stream", produces = NDJSON)
    @Operation(summary = "Stream contacts with chosen fields, one JSON array per line",
            description = "Rows in id order, fromId and toId inclusive: [id, value, ...] with "
                    + "one string or null per field asked, in stored form, of the contacts "
                    + "that match the criteria (all when null). 400 for an unknown field key "
                    + "or a refused criteria document.")
    void stream(@PathVariable String accountId, @RequestBody StreamRequest request,
            HttpServletResponse response) throws IOException {
        List<FieldDefinition> fields = checkedFields(accountId, request);
        SqlCondition condition = criteria.condition(accountId, request.criteria());
        ContactRange range = new ContactRange(accountId, request.fromId(), request.toId(),
                request.excludesDoNotTrack(), condition);
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
}
