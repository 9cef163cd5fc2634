package org.contactexport.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OperationsTest extends SegmentServiceTest {

    @Test
    void healthIsUpAndOnlyHealthInfoMetricsAndPrometheusAreExposed() {
        JsonNode links = json.readTree(raw("/actuator")).get("_links");

        assertThat(json.readTree(raw("/actuator/health")).get("status").asString())
                .isEqualTo("UP");
        assertThat(links.propertyNames()).doesNotContain("env", "beans", "configprops",
                "heapdump", "loggers", "threaddump");
        assertThat(links.has("prometheus")).isTrue();
    }

    @Test
    void savedSearchRunsAreCountedInTheMetrics() {
        String account = newAccount();
        String id = post(account, "/api/v1/searches", "{\"name\":\"Tous les valides\","
                + "\"criteria\":{\"field\":\"email_status\",\"op\":\"equals\","
                + "\"value\":\"valid\"}}").text("id");
        post(account, "/api/v1/searches/" + id + "/runs", "");

        String metrics = raw("/actuator/prometheus");

        assertThat(metrics).containsPattern("searches_run_total\\{kind=\"saved\"} [1-9]");
    }

    @Test
    void openApiDocumentsThePublicAndInternalEndpoints() {
        JsonNode paths = json.readTree(raw("/v3/api-docs")).get("paths");

        assertThat(paths.propertyNames()).contains("/api/v1/segments",
                "/api/v1/segments/{id}", "/api/v1/segments/{id}/count", "/api/v1/searches",
                "/api/v1/searches/{id}", "/api/v1/searches/{id}/revisions",
                "/api/v1/searches/{id}/runs", "/api/v1/searches/run",
                "/api/v1/searches/from-campaign-result",
                "/internal/v1/accounts/{accountId}/sources/resolve");
        assertThat(paths.get("/api/v1/segments/{id}").get("patch").get("responses")
                .get("409").get("description").asString()).isEqualTo("A default segment, a"
                + " name already taken, or a version that is not the current one");
        assertThat(paths.get("/internal/v1/accounts/{accountId}/sources/resolve").get("post")
                .get("security").size()).isZero();
    }

    @Test
    void criteriaThatNoLongerFitTheCatalogueAreAConflictToEdit() {
        // The stand-in refuses every count of this account, as contact-service refuses
        // criteria naming a custom field removed since they were saved.
        Answer refused = get("stale", "/api/v1/segments/sms-contacts/count");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).startsWith("The criteria no longer fit the"
                + " account's field catalogue (was a field removed?); edit them."
                + " contact-service said: {\"title\":\"Invalid criteria\"");
    }
}
