package org.contactexport.contact.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.contactexport.contact.ContactServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AccountIsolationTest extends ContactServiceTest {

    @Test
    void anotherAccountSeesNothingOfTheContactsOrFieldsOfTheFirst() {
        String accountA = newAccount();
        String accountB = newAccount();
        declareCustomField(accountA, "city", "text");
        importCsv(accountA, "email,custom.city\njeanne.martin@example.org,Lyon\n"
                + "paul.durand@example.org,Nantes\n");
        JsonNode boundsA = json(postJson(ContactStreamTest.boundsPath(accountA), null, Map.of()));

        JsonNode pageB = json(get("/api/v1/contacts", accountB));
        JsonNode boundsB = json(postJson(ContactStreamTest.boundsPath(accountB), null, Map.of()));
        HttpResponse<String> streamB = stream(accountB, Map.of("fields", List.of("email"),
                "fromId", boundsA.get("minId").asLong(), "toId", boundsA.get("maxId").asLong()));
        JsonNode fieldsB = json(get("/api/v1/fields", accountB));
        HttpResponse<String> importB = post("/api/v1/contacts/import", accountB, "text/csv",
                "email,custom.city\nines.roux@example.org,Paris\n");

        assertThat(boundsA.get("count").asLong()).isEqualTo(2);
        assertThat(pageB.get("totalElements").asLong()).isZero();
        assertThat(pageB.get("contacts")).isEmpty();
        assertThat(boundsB).isEqualTo(
                JSON.readTree("{\"count\":0,\"minId\":null,\"maxId\":null}"));
        assertThat(streamB.statusCode()).isEqualTo(200);
        assertThat(streamB.body()).isEmpty();
        assertThat(fieldsB.valueStream().map(f -> f.get("key").asString()))
                .doesNotContain("custom.city");
        assertThat(importB.statusCode()).isEqualTo(400);
        assertThat(json(get("/api/v1/contacts", accountA)).get("totalElements").asLong())
                .isEqualTo(2);
    }

    @Test
    void contactsPageListsOnlyTheCallersContactsOldestFirst() {
        String account = newAccount();
        importCsv(account, "email\nc1@example.org\nc2@example.org\nc3@example.org\n");
        importCsv(newAccount(), "email\nother@example.org\n");

        JsonNode page = json(get("/api/v1/contacts?page=1&size=2", account));

        assertThat(page.get("totalElements").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asLong()).isEqualTo(2);
        assertThat(page.get("contacts")).hasSize(1);
        assertThat(page.get("contacts").get(0).get("email").asString())
                .isEqualTo("c3@example.org");
    }

    @Test
    void aPageBeyond10000IsRefusedNamingTheParameter() {
        // when
        HttpResponse<String> response = get("/api/v1/contacts?page=10001&size=500",
                newAccount());

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asString())
                .isEqualTo("page: must be less than or equal to 10000");
    }

    @Test
    void aPageNumberThatOverflowsIsRefused() {
        // when
        HttpResponse<String> response = get("/api/v1/contacts?page=99999999999", newAccount());

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asString()).contains("page");
    }

    @Test
    void thePage10000IsStillServed() {
        // when
        HttpResponse<String> response = get("/api/v1/contacts?page=10000&size=500",
                newAccount());

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("contacts")).isEmpty();
    }
}
