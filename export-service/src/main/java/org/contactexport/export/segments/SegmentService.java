package org.contactexport.export.segments;

import java.io.IOException;
import java.io.InputStream;
import org.contactexport.events.ExportSource;
import org.contactexport.export.PlatformSettings;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The internal API of segment-service: a segment, search or campaign figure resolved into a
 * criteria snapshot, which the job keeps so that later edits of the segment change nothing.
 */
@Component
public class SegmentService {

    private final RestClient http;
    private final JsonMapper json;

    SegmentService(RestClient.Builder builder, PlatformSettings settings, JsonMapper json) {
        this.http = builder.baseUrl(settings.segmentService().url()).build();
        this.json = json;
    }

    /**
     * The source as of now; targeted sources leave out the contacts who asked not to be
     * tracked.
     *
     * @throws SourceRefused when segment-service answers 404 or 400
     * @throws SegmentServiceUnavailable when it cannot be reached or answers otherwise
     */
    public ExportSource resolve(String accountId, SourceQuery query) {
        try {
            return http.post()
                    .uri("/internal/v1/accounts/{account}/sources/resolve", accountId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(query.body())
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status == 404 || status == 400) {
                            throw refused(status == 404, query, response.getBody());
                        }
                        if (status != 200) {
                            throw new SegmentServiceUnavailable("segment-service could not"
                                    + " resolve the " + query.described() + " (HTTP " + status
                                    + ")", null);
                        }
                        return snapshot(query, response.getBody());
                    });
        } catch (RestClientException e) {
            throw new SegmentServiceUnavailable("segment-service could not be reached to"
                    + " resolve the " + query.described(), e);
        }
    }

    private ExportSource snapshot(SourceQuery query, InputStream body) throws IOException {
        JsonNode resolved = readOrNull(body);
        JsonNode criteria = resolved == null ? null : resolved.get("criteria");
        if (criteria == null || !criteria.isObject() || !resolved.path("name").isString()) {
            // An export without criteria would select every contact: never guess.
            throw new SegmentServiceUnavailable("segment-service sent no criteria for the "
                    + query.described(), null);
        }

        // Known shortcoming: the snapshot is kept as segment-service wrote it (compact JSON);
        // the criteria module has no canonical writer yet to normalise it here.
        String reference = resolved.path("reference").isString()
                ? resolved.get("reference").asString()
                : query.reference();
        return new ExportSource(query.type(), reference, resolved.get("name").asString(),
                json.writeValueAsString(criteria), true);
    }

    private SourceRefused refused(boolean notFound, SourceQuery query, InputStream body)
            throws IOException {
        JsonNode problem = readOrNull(body);
        String detail = problem != null && problem.path("detail").isString()
                ? problem.get("detail").asString()
                : notFound
                ? "No " + query.described() + " in this account"
                : "segment-service refused the " + query.described();
        JsonNode errors = problem == null ? null : problem.get("errors");
        return new SourceRefused(notFound, detail, errors);
    }

    private JsonNode readOrNull(InputStream body) throws IOException {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }
}
