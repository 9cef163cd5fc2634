package org.contactexport.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OperationsTest extends ContactServiceTest {

    @Test
    void healthIsUpWithoutAToken() {
        HttpResponse<String> health = get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusCountsImportedAndRejectedRows() {
        importCsv(newAccount(), "email\njeanne.martin@example.org\nnot-an-email\n");

        String metrics = get("/actuator/prometheus", null).body();

        assertThat(metrics).containsPattern(
                "contacts_import_rows_total\\{[^}]*outcome=\"imported\"[^}]*} [1-9]");
        assertThat(metrics).containsPattern(
                "contacts_import_rows_total\\{[^}]*outcome=\"rejected\"[^}]*} [1-9]");
    }

    @Test
    void openApiDocumentsThatImportNeverChangesExistingContacts() {
        JsonNode api = json(get("/v3/api-docs", null));

        JsonNode importOperation = api.get("paths").get("/api/v1/contacts/import").get("post");
        assertThat(importOperation.get("description").asString())
                .contains("Import never changes existing contacts");
        assertThat(importOperation.get("requestBody").get("content").has("text/csv")).isTrue();
        assertThat(api.get("paths").has("/internal/v1/accounts/{accountId}/contacts/stream"))
                .isTrue();
        assertThat(api.get("paths").has("/api/v1/fields")).isTrue();
    }
}
