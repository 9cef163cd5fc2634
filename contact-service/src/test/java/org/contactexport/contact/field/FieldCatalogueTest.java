package org.contactexport.contact.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.contactexport.contact.ContactServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FieldCatalogueTest extends ContactServiceTest {

    @Test
    void catalogueStartsWithTheTwelveMainFieldsInDesignOrderThenTheDiagnosticOnes() {
        JsonNode fields = json(get("/api/v1/fields", newAccount()));

        assertThat(fields.valueStream().map(f -> f.get("key").asString()).toList())
                .containsExactly("first_name", "last_name", "company", "email", "email_optin",
                        "email_status", "mobile", "sms_optin", "mobile_status", "created_at",
                        "updated_at", "activity_level", "bounce_category", "bounce_detail",
                        "do_not_track", "origin", "origin_detail");
        assertThat(fields.valueStream().map(f -> f.get("labelFr").asString()).toList())
                .containsExactly("Prénom", "Nom", "Raison Sociale", "Adresse Email",
                        "Opt-In Email", "Statut Email", "Mobile (pour SMS)", "Opt-In SMS",
                        "Statut Mobile", "Contact ajouté le", "Contact Modifié le",
                        "Degré d'activité du contact", "Catégorie de retour Email",
                        "Détail du message de retour Email (Mauvaises Adresses NPAI)",
                        "Ne pas me pister", "Origine du contact", "Détail de l'origine");
        assertThat(fields.valueStream().map(f -> f.get("type").asString()).toList())
                .containsExactly("text", "text", "text", "email", "boolean", "email_status",
                        "phone", "boolean", "mobile_status", "timestamp", "timestamp",
                        "activity_level", "bounce_category", "text", "boolean", "text", "text");
        assertThat(fields.valueStream().filter(f -> f.get("main").asBoolean()).count())
                .isEqualTo(12);
        assertThat(fields.get(0)).isEqualTo(JSON.readTree("""
                {"key":"first_name","labelFr":"Prénom","labelEn":"First name","type":"text",
                 "main":true}"""));
    }

    @Test
    void declaredCustomFieldFollowsTheStandardFieldsUnderItsCustomKey() {
        String account = newAccount();

        HttpResponse<String> declared = post("/api/v1/fields", account, "application/json",
                "{\"name\":\"city\",\"labelFr\":\"Ville\",\"labelEn\":\"City\","
                        + "\"type\":\"text\"}");
        declareCustomField(account, "score", "number");
        JsonNode fields = json(get("/api/v1/fields", account));

        assertThat(declared.statusCode()).isEqualTo(201);
        assertThat(json(declared)).isEqualTo(JSON.readTree("""
                {"key":"custom.city","labelFr":"Ville","labelEn":"City","type":"text",
                 "main":false}"""));
        assertThat(fields).hasSize(19);
        assertThat(fields.get(17)).isEqualTo(json(declared));
        assertThat(fields.get(18).get("key").asString()).isEqualTo("custom.score");
        assertThat(fields.get(18).get("type").asString()).isEqualTo("number");
    }

    @Test
    void internalCatalogueIsTheAccountsCatalogue() {
        String account = newAccount();
        declareCustomField(account, "birthday", "date");

        JsonNode internal = json(get("/internal/v1/accounts/" + account + "/fields", null));

        assertThat(internal).isEqualTo(json(get("/api/v1/fields", account)));
        assertThat(internal.get(17).get("key").asString()).isEqualTo("custom.birthday");
    }

    @Test
    void declaringTheSameNameTwiceIsAConflict() {
        String account = newAccount();
        declareCustomField(account, "city", "text");

        HttpResponse<String> again = post("/api/v1/fields", account, "application/json",
                "{\"name\":\"city\",\"labelFr\":\"Ville\",\"type\":\"text\"}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("detail").asString()).contains("'city'");
    }

    @Test
    void badNamesAndTypesAreRefusedWithWhatToFix() {
        String account = newAccount();

        List<HttpResponse<String>> refused = List.of(
                post("/api/v1/fields", account, "application/json",
                        "{\"name\":\"City Name\",\"labelFr\":\"Ville\",\"type\":\"text\"}"),
                post("/api/v1/fields", account, "application/json",
                        "{\"name\":\"x'; drop table contacts; --\",\"type\":\"text\"}"),
                post("/api/v1/fields", account, "application/json",
                        "{\"labelFr\":\"Ville\",\"type\":\"text\"}"),
                post("/api/v1/fields", account, "application/json",
                        "{\"name\":\"balance\",\"type\":\"money\"}"));

        assertThat(refused).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(400));
        assertThat(json(refused.get(0)).get("detail").asString()).contains("lower-case");
        assertThat(json(refused.get(3)).get("detail").asString())
                .contains("text, number, date, boolean");
        assertThat(json(get("/api/v1/fields", account))).hasSize(17);
    }

    @Test
    void labelsDefaultToEachOtherThenToTheName() {
        String account = newAccount();

        JsonNode onlyFrench = json(post("/api/v1/fields", account, "application/json",
                "{\"name\":\"ville\",\"labelFr\":\"Ville\",\"type\":\"text\"}"));
        JsonNode noLabel = json(post("/api/v1/fields", account, "application/json",
                "{\"name\":\"code\",\"type\":\"text\"}"));

        assertThat(onlyFrench.get("labelEn").asString()).isEqualTo("Ville");
        assertThat(noLabel.get("labelFr").asString()).isEqualTo("code");
        assertThat(noLabel.get("labelEn").asString()).isEqualTo("code");
    }

    @Test
    void fieldsNeedABearerToken() {
        assertThat(get("/api/v1/fields", null).statusCode()).isEqualTo(401);
    }
}
