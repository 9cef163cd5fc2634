package org.contactexport.delivery.schedule;

import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks segment-service for the name of a segment, search or campaign figure, which also checks
 * that it exists in the account. The criteria it answers with are not kept: export-service
 * resolves the source again at each run.
 */
@Component
class SegmentServiceClient {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() {
            };

    private final RestClient http;

    SegmentServiceClient(RestClient.Builder builder, SegmentServiceSettings settings) {
        this.http = builder.baseUrl(settings.url().toString()).build();
    }

    /**
     * @throws ScheduleProblem 404 or 400 with segment-service's detail when it refuses the
     *                         source, 503 when it cannot be reached or answers otherwise
     */
    String nameOf(String accountId, SourceQuery query) {
        try {
            return http.post()
                    .uri("/internal/v1/accounts/{accountId}/sources/resolve", accountId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(query.body())
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status == 404 || status == 400) {
                            throw refused(status, query, readOrEmpty(response));
                        }
                        Object name = status == 200 ? readOrEmpty(response).get("name") : null;
                        if (!(name instanceof String resolved) || resolved.isBlank()) {
                            throw ScheduleProblem.segmentServiceUnavailable(query.described());
                        }
                        return resolved;
                    });
        } catch (RestClientException e) {
            throw ScheduleProblem.segmentServiceUnavailable(query.described());
        }
    }

    private static ScheduleProblem refused(int status, SourceQuery query,
            Map<String, Object> problem) {
        String detail = problem.get("detail") instanceof String given && !given.isBlank()
                ? given
                : status == 404
                ? "No " + query.described() + " in this account."
                : "segment-service refused the " + query.described() + ".";
        ScheduleProblem refused = status == 404
                ? ScheduleProblem.sourceNotFound(detail)
                : ScheduleProblem.sourceRefused(detail);

        // What segment-service lists as accepted says best how to fix the reference.
        for (String member : new String[] {"allowed", "errors"}) {
            if (problem.get(member) != null) {
                refused.getBody().setProperty(member, problem.get(member));
            }
        }
        return refused;
    }

    private static Map<String, Object> readOrEmpty(
            RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) {
        try {
            Map<String, Object> body = response.bodyTo(JSON_OBJECT);
            return body == null ? Map.of() : body;
        } catch (RestClientException notJson) {
            return Map.of();
        }
    }
}
