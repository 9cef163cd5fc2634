package org.contactexport.contact.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contactexport.contact.ContactServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ContactStreamTest extends ContactServiceTest {

    private static final List<String> FIELDS = List.of("email", "first_name", "custom.city",
            "custom.score", "email_optin", "created_at", "activity_level", "custom.vip",
            "custom.birthday", "email_status", "mobile");

    private String account;
    private long firstId;

    @BeforeEach
    void fourContactsWithCustomFields() {
        account = newAccount();
        declareCustomField(account, "city", "text");
        declareCustomField(account, "score", "number");
        declareCustomField(account, "vip", "boolean");
        declareCustomField(account, "birthday", "date");
        importCsv(account, """
                email,first_name,custom.city,custom.score,email_optin,created_at,activity_level,\
                custom.vip,custom.birthday,email_status,mobile,do_not_track
                jeanne.martin@example.org,Jeanne,Lyon,12,oui,2024-01-05T10:30:00Z,3,oui,\
                1990-05-17,valid,,non
                paul.durand@example.org,\"Paul \"\"Polo\"\"\",,-20.50,non,2024-01-06T11:00:00Z,0,\
                non,,unsubscribed,,non
                ,,"Saint-Étienne",,,2024-01-07T12:00:00Z,,,,,+33611223344,oui
                ines.roux@example.org,Inès,Nantes,0,1,2024-01-08T13:15:30Z,5,,\
                17/05/1990,bounced,,
                """);
        firstId = json(postJson(boundsPath(account), null, Map.of())).get("minId").asLong();
    }

    @Test
    void streamGivesOneArrayPerContactInIdOrderWithStoredValuesAndNulls() {
        HttpResponse<String> response = stream(account, FIELDS, null, null, false);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-ndjson"));
        assertThat(response.body()).isEqualTo(String.join("\n",
                "[" + firstId + ",\"jeanne.martin@example.org\",\"Jeanne\",\"Lyon\",\"12\","
                        + "\"true\",\"2024-01-05T10:30:00Z\",\"3\",\"true\",\"1990-05-17\","
                        + "\"valid\",null]",
                "[" + (firstId + 1) + ",\"paul.durand@example.org\",\"Paul \\\"Polo\\\"\",null,"
                        + "\"-20.50\",\"false\",\"2024-01-06T11:00:00Z\",\"0\",\"false\",null,"
                        + "\"unsubscribed\",null]",
                "[" + (firstId + 2) + ",null,null,\"Saint-Étienne\",null,null,"
                        + "\"2024-01-07T12:00:00Z\",null,null,null,null,\"+33611223344\"]",
                "[" + (firstId + 3) + ",\"ines.roux@example.org\",\"Inès\",\"Nantes\",\"0\","
                        + "\"true\",\"2024-01-08T13:15:30Z\",\"5\",null,\"1990-05-17\","
                        + "\"bounced\",null]",
                ""));
    }

    @Test
    void idRangeIsInclusiveAtBothEnds() {
        HttpResponse<String> response = stream(account, List.of("email"), firstId + 1,
                firstId + 2, false);

        assertThat(response.body()).isEqualTo("[" + (firstId + 1)
                + ",\"paul.durand@example.org\"]\n[" + (firstId + 2) + ",null]\n");
    }

    @Test
    void excludeDoNotTrackLeavesOutContactsWhoAskedNotToBeTracked() {
        HttpResponse<String> kept = stream(account, List.of("do_not_track"), null, null, false);
        HttpResponse<String> excluded = stream(account, List.of("do_not_track"), null, null,
                true);
        JsonNode bounds = json(postJson(boundsPath(account), null,
                Map.of("excludeDoNotTrack", true)));

        assertThat(kept.body().lines()).hasSize(4).contains("[" + (firstId + 2) + ",\"true\"]");
        assertThat(excluded.body().lines()).containsExactly("[" + firstId + ",\"false\"]",
                "[" + (firstId + 1) + ",\"false\"]", "[" + (firstId + 3) + ",\"false\"]");
        assertThat(bounds).isEqualTo(JSON.readTree("{\"count\":3,\"minId\":" + firstId
                + ",\"maxId\":" + (firstId + 3) + "}"));
    }

    @Test
    void boundsCountTheAccountsContactsAndGiveTheirIdRange() {
        JsonNode bounds = json(postJson(boundsPath(account), null,
                Map.of("excludeDoNotTrack", false)));

        assertThat(bounds).isEqualTo(JSON.readTree("{\"count\":4,\"minId\":" + firstId
                + ",\"maxId\":" + (firstId + 3) + "}"));
    }

    @Test
    void boundsOfAnEmptyAccountHaveNoIds() {
        Map<String, Object> body = new HashMap<>();
        body.put("criteria", null);
        body.put("excludeDoNotTrack", false);

        HttpResponse<String> response = postJson(boundsPath(newAccount()), null, body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(
                JSON.readTree("{\"count\":0,\"minId\":null,\"maxId\":null}"));
    }

    @Test
    void unknownFieldIsA400ThatNamesIt() {
        HttpResponse<String> response = stream(account,
                List.of("email", "custom.nope\"; drop table contacts; --"), null, null, false);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("field").asString())
                .isEqualTo("custom.nope\"; drop table contacts; --");
        assertThat(json(response).get("detail").asString()).contains("Valid keys: first_name");
    }

    @Test
    void everyCatalogueFieldCanBeStreamed() {
        List<String> keys = json(get("/internal/v1/accounts/" + account + "/fields", null))
                .valueStream().map(f -> f.get("key").asString()).toList();

        HttpResponse<String> response = stream(account, keys, firstId, firstId, false);

        JsonNode row = JSON.readTree(response.body());
        assertThat(row.size()).isEqualTo(keys.size() + 1);
        assertThat(row.get(keys.indexOf("bounce_category") + 1).isNull()).isTrue();
        assertThat(row.get(keys.indexOf("updated_at") + 1).asString()).matches(
                "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    private HttpResponse<String> stream(String accountId, List<String> fields, Long fromId,
            Long toId, boolean excludeDoNotTrack) {
        Map<String, Object> body = new HashMap<>();
        body.put("fields", fields);
        body.put("fromId", fromId);
        body.put("toId", toId);
        body.put("criteria", null);
        body.put("excludeDoNotTrack", excludeDoNotTrack);
        return stream(accountId, body);
    }

    static String boundsPath(String accountId) {
        return "/internal/v1/accounts/" + accountId + "/contacts/bounds";
    }
}
