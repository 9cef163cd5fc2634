package org.contactexport.contact.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.contactexport.contact.ContactServiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Criteria applied by the stream, checked against SQL written by hand for each: the contacts
 * streamed are exactly the ones the hand query finds, and never none or all of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CriteriaSelectionTest extends ContactServiceTest {

    private static final String LONG_NAME = "x".repeat(499) + "é";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SelectionCriteria selectionCriteria;

    private String account;
    private Map<String, Long> ids;

    @BeforeAll
    void contactsWithCampaignResults() {
        account = newAccount();
        declareCustomField(account, "city", "text");
        declareCustomField(account, "score", "number");
        declareCustomField(account, "birthday", "date");
        declareCustomField(account, "vip", "boolean");
        importCsv(account, """
                email,first_name,last_name,company,email_status,created_at,activity_level,\
                origin,custom.city,custom.score,custom.birthday,custom.vip
                helene@example.org,Hélène,Dupont,Café du Port,valid,2024-01-05T10:00:00Z,5,\
                web_form,Lyon,12,1985-03-02,oui
                helene2@example.org,Helene,DUPONT,,bounced,2024-02-29T23:30:00Z,1,import,lyon,\
                9.5,1990-01-01,non
                paul@example.org,Paul,Durand,CAFÉ CRÈME,complained,2024-02-29T22:59:59Z,0,api,\
                Villeurbanne,-3,,
                zoe@example.org,Zoé,Bernard,Acme 100%,unsubscribed,2026-01-10T08:00:00Z,,\
                web_form,Paris,10,1999-12-31,oui
                hack1@example.org,Eve,Martin,' OR 1=1 --,valid,2023-06-01T12:00:00Z,3,manual,\
                Nantes,100,2001-07-14,non
                hack2@example.org,Mallory,'; DROP TABLE contacts; --,,valid,,2,sms_keyword,,,,
                long@example.org,{long},Petit,Under_score,unconfirmed,2025-05-05T05:05:05Z,4,,\
                Villeurbanne,0,1970-01-01,
                broken@example.org,Bob,Roux,Le Café,valid,2022-02-02T02:02:02Z,1,web_form,\
                Lyon,,,
                """.replace("{long}", LONG_NAME));
        ids = new HashMap<>();
        jdbc.query("SELECT email, id FROM contacts WHERE account_id = ?",
                row -> { ids.put(row.getString(1).split("@")[0], row.getLong(2)); }, account);
        // Values that no import stores but that must not fail a query when found.
        jdbc.update("UPDATE contacts SET custom_fields = custom_fields"
                + " || '{\"score\": \"abc\", \"birthday\": \"2024-02-30\"}'::jsonb WHERE id = ?",
                ids.get("broken"));
        jdbc.update("UPDATE contacts SET custom_fields = custom_fields"
                + " || '{\"score\": \"42\", \"birthday\": \"not a date\"}'::jsonb WHERE id = ?",
                ids.get("hack2"));

        uploadActivity(account, String.join("\n",
                result("helene", "nl-1", "sent", null, "2026-11-05T09:00:00Z"),
                result("helene", "nl-1", "delivered", null, "2026-11-05T09:01:00Z"),
                result("helene", "nl-1", "opened", null, "2026-11-06T10:00:00Z"),
                result("helene", "nl-1", "clicked", null, "2026-11-15T10:00:00Z"),
                result("helene2", "nl-1", "sent", null, "2026-11-05T09:00:00Z"),
                result("helene2", "nl-1", "bounced", "unknown_user", "2026-11-05T09:02:00Z"),
                result("paul", "nl-1", "delivered", null, "2026-11-05T09:01:00Z"),
                result("zoe", "nl-1", "delivered", null, "2026-11-05T09:01:00Z"),
                result("zoe", "nl-1", "opened", null, "2026-11-07T10:00:00Z"),
                result("zoe", "nl-2", "clicked", null, "2026-11-25T10:00:00Z"),
                result("hack1", "nl-2", "delivered", null, "2026-11-20T09:00:00Z"),
                result("hack1", "nl-2", "bounced", "soft", "2026-11-21T09:00:00Z"),
                result("long", "nl-2", "bounced", "unknown_user", "2026-11-21T09:00:00Z")));
    }

    static Stream<Arguments> criteriaAndTheirHandWrittenSql() {
        return Stream.of(
                Arguments.of("custom text equals ignores case",
                        "{\"field\":\"custom.city\",\"op\":\"equals\",\"value\":\"LYON\"}",
                        "lower(c.custom_fields->>'city') = 'lyon'"),
                Arguments.of("text equals respects accents",
                        "{\"field\":\"first_name\",\"op\":\"equals\",\"value\":\"helene\"}",
                        "c.first_name IN ('Helene')"),
                Arguments.of("standard text equals ignores case",
                        "{\"field\":\"last_name\",\"op\":\"equals\",\"value\":\"dupont\"}",
                        "c.last_name IN ('Dupont', 'DUPONT')"),
                Arguments.of("custom number greater skips malformed values",
                        "{\"field\":\"custom.score\",\"op\":\"greater\",\"value\":9.5}",
                        "c.custom_fields->>'score' IN ('12', '10', '100', '42')"),
                Arguments.of("custom number in",
                        "{\"field\":\"custom.score\",\"op\":\"in\",\"values\":[-3, 0]}",
                        "c.custom_fields->>'score' IN ('-3', '0')"),
                Arguments.of("custom date before compares days",
                        "{\"field\":\"custom.birthday\",\"op\":\"before\","
                                + "\"value\":\"1990-01-01\"}",
                        "c.custom_fields->>'birthday' IN ('1985-03-02', '1970-01-01')"),
                Arguments.of("custom date after includes the day",
                        "{\"field\":\"custom.birthday\",\"op\":\"after\","
                                + "\"value\":\"1990-01-01\"}",
                        "c.custom_fields->>'birthday' IN ('1990-01-01', '1999-12-31',"
                                + " '2001-07-14')"),
                Arguments.of("created after a day in Paris time",
                        "{\"field\":\"created_at\",\"op\":\"after\",\"value\":\"2024-03-01\"}",
                        "c.created_at >= '2024-02-29 23:00:00+00'"),
                Arguments.of("created within the last days",
                        "{\"field\":\"created_at\",\"op\":\"within_last_days\",\"value\":30}",
                        "c.created_at >= now() - interval '30 days'"),
                Arguments.of("status in",
                        "{\"field\":\"email_status\",\"op\":\"in\",\"values\":[\"bounced\","
                                + "\"complained\"]}",
                        "c.email_status IN ('bounced', 'complained')"),
                Arguments.of("status differs keeps contacts without status",
                        "{\"field\":\"email_status\",\"op\":\"differs\",\"value\":\"valid\"}",
                        "c.email_status IS DISTINCT FROM 'valid'"),
                Arguments.of("empty company",
                        "{\"field\":\"company\",\"op\":\"empty\"}", "c.company IS NULL"),
                Arguments.of("contains ignores case, keeps accents",
                        "{\"field\":\"company\",\"op\":\"contains\",\"value\":\"café\"}",
                        "c.company IN ('Café du Port', 'CAFÉ CRÈME', 'Le Café')"),
                Arguments.of("activity level less",
                        "{\"field\":\"activity_level\",\"op\":\"less\",\"value\":2}",
                        "c.activity_level IN (0, 1)"),
                Arguments.of("custom boolean equals false",
                        "{\"field\":\"custom.vip\",\"op\":\"equals\",\"value\":false}",
                        "c.custom_fields->'vip' = 'false'::jsonb"),
                Arguments.of("origin equals",
                        "{\"field\":\"origin\",\"op\":\"equals\",\"value\":\"web_form\"}",
                        "c.origin = 'web_form'"),
                Arguments.of("not of a custom text keeps contacts without it",
                        "{\"not\":{\"field\":\"custom.city\",\"op\":\"equals\",\"value\":"
                                + "\"Lyon\"}}",
                        "lower(c.custom_fields->>'city') IS DISTINCT FROM 'lyon'"),
                Arguments.of("opened a campaign",
                        "{\"activity\":{\"result\":\"opened\",\"campaign\":\"nl-1\"}}",
                        activity("campaign_id = 'nl-1' AND result = 'opened'")),
                Arguments.of("bounced as unknown user in any campaign",
                        "{\"activity\":{\"result\":\"bounced\",\"bounceCategory\":"
                                + "\"unknown_user\"}}",
                        activity("result = 'bounced' AND bounce_category = 'unknown_user'")),
                Arguments.of("clicked in a period",
                        "{\"activity\":{\"result\":\"clicked\",\"after\":\"2026-11-10\","
                                + "\"before\":\"2026-11-20\",\"channel\":\"email\"}}",
                        activity("result = 'clicked' AND occurred_at >= '2026-11-10 00:00+01'"
                                + " AND occurred_at < '2026-11-20 00:00+01'")),
                Arguments.of("delivered but not opened",
                        "{\"all\":[{\"activity\":{\"result\":\"delivered\",\"campaign\":"
                                + "\"nl-1\"}},{\"not\":{\"activity\":{\"result\":\"opened\","
                                + "\"campaign\":\"nl-1\"}}}]}",
                        activity("campaign_id = 'nl-1' AND result = 'delivered'")
                                + " AND NOT " + activity("campaign_id = 'nl-1'"
                                + " AND result = 'opened'")),
                Arguments.of("any of a prefix or no company in two cities",
                        "{\"any\":[{\"field\":\"company\",\"op\":\"starts_with\",\"value\":"
                                + "\"café\"},{\"all\":[{\"field\":\"company\",\"op\":\"empty\"},"
                                + "{\"field\":\"custom.city\",\"op\":\"in\",\"values\":"
                                + "[\"Lyon\",\"Villeurbanne\"]}]}]}",
                        "lower(c.company) LIKE 'café%' OR (c.company IS NULL"
                                + " AND lower(c.custom_fields->>'city') IN ('lyon',"
                                + " 'villeurbanne'))"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("criteriaAndTheirHandWrittenSql")
    void streamGivesExactlyTheContactsTheHandWrittenSqlFinds(String example, String criteria,
            String handWrittenCondition) {
        List<Long> expected = idsWhere(handWrittenCondition);

        List<Long> streamed = streamedIds(criteria);

        assertThat(expected).isNotEmpty().hasSizeLessThan(ids.size());
        assertThat(streamed).isEqualTo(expected);
    }

    @Test
    void hostileValuesMatchOnlyTheContactsThatLiterallyHaveThem() {
        List<Long> orOneEqualsOne = streamedIds(
                "{\"field\":\"company\",\"op\":\"equals\",\"value\":\"' OR 1=1 --\"}");
        List<Long> dropTable = streamedIds("{\"field\":\"last_name\",\"op\":\"contains\","
                + "\"value\":\"'; DROP TABLE contacts; --\"}");
        List<Long> percent = streamedIds(
                "{\"field\":\"company\",\"op\":\"contains\",\"value\":\"%\"}");
        List<Long> underscore = streamedIds(
                "{\"field\":\"company\",\"op\":\"contains\",\"value\":\"_\"}");
        List<Long> longValue = streamedIds("{\"field\":\"first_name\",\"op\":\"equals\","
                + "\"value\":\"" + LONG_NAME.toUpperCase() + "\"}");
        List<Long> hostileCity = streamedIds("{\"field\":\"custom.city\",\"op\":\"in\","
                + "\"values\":[\"') OR true --\",\"%\"]}");

        assertThat(orOneEqualsOne).containsExactly(ids.get("hack1"));
        assertThat(dropTable).containsExactly(ids.get("hack2"));
        assertThat(percent).containsExactly(ids.get("zoe"));
        assertThat(underscore).containsExactly(ids.get("long"));
        assertThat(longValue).containsExactly(ids.get("long"));
        assertThat(hostileCity).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM contacts WHERE account_id = ?",
                Long.class, account)).isEqualTo(8);
    }

    @Test
    void criteriaApplyWithinTheIdRangeAndAfterDoNotTrack() {
        jdbc.update("UPDATE contacts SET do_not_track = (id = ?) WHERE account_id = ?",
                ids.get("broken"), account);
        Map<String, Object> body = new HashMap<>();
        body.put("fields", List.of("custom.city"));
        body.put("fromId", ids.get("helene2"));
        body.put("toId", ids.get("broken"));
        body.put("excludeDoNotTrack", true);
        body.put("criteria", JSON.readTree(
                "{\"field\":\"custom.city\",\"op\":\"in\",\"values\":[\"lyon\",\"nantes\"]}"));

        HttpResponse<String> response = stream(account, body);

        jdbc.update("UPDATE contacts SET do_not_track = false WHERE account_id = ?", account);
        assertThat(response.body()).isEqualTo("[" + ids.get("helene2") + ",\"lyon\"]\n["
                + ids.get("hack1") + ",\"Nantes\"]\n");
    }

    @Test
    void boundsCountOnlyTheMatchingContacts() {
        JsonNode bounds = json(postJson("/internal/v1/accounts/" + account + "/contacts/bounds",
                null, Map.of("criteria", JSON.readTree(
                        "{\"field\":\"custom.city\",\"op\":\"equals\",\"value\":\"lyon\"}"))));

        assertThat(bounds).isEqualTo(JSON.readTree("{\"count\":3,\"minId\":" + ids.get("helene")
                + ",\"maxId\":" + ids.get("broken") + "}"));
    }

    @Test
    void searchGivesTheCountAndTheFirstMatchingContactsInIdOrder() {
        Map<String, Object> body = Map.of("criteria", JSON.readTree(
                "{\"field\":\"email_status\",\"op\":\"equals\",\"value\":\"valid\"}"),
                "excludeDoNotTrack", true, "limit", 2);

        JsonNode page = json(postJson("/internal/v1/accounts/" + account + "/contacts/search",
                null, body));

        assertThat(page.get("count").asLong()).isEqualTo(4);
        assertThat(page.get("contacts")).hasSize(2);
        assertThat(page.get("contacts").get(0)).isEqualTo(JSON.readTree("{\"id\":"
                + ids.get("helene") + ",\"first_name\":\"Hélène\",\"last_name\":\"Dupont\","
                + "\"company\":\"Café du Port\",\"email\":\"helene@example.org\","
                + "\"mobile\":null,\"email_status\":\"valid\",\"mobile_status\":null,"
                + "\"created_at\":\"2024-01-05T10:00:00Z\"}"));
        assertThat(page.get("contacts").get(1).get("id").asLong()).isEqualTo(ids.get("hack1"));
    }

    @Test
    void searchLimitOutsideOneToHundredIsA400() {
        HttpResponse<String> response = postJson("/internal/v1/accounts/" + account
                + "/contacts/search", null, Map.of("limit", 101));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asString())
                .isEqualTo("limit: must be less than or equal to 100");
    }

    @Test
    void refusedCriteriaAreA400ListingEachFaultWithItsPath() {
        Map<String, Object> body = new HashMap<>();
        body.put("fields", List.of("email"));
        body.put("criteria", JSON.readTree("{\"all\":[{\"field\":\"created_at\",\"op\":"
                + "\"contains\",\"value\":\"2024\"},{\"field\":\"custom.nope\",\"op\":"
                + "\"equals\",\"value\":\"x\"}]}"));

        HttpResponse<String> response = stream(account, body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.get("title").asString()).isEqualTo("Invalid criteria");
        assertThat(problem.get("errors")).hasSize(2);
        assertThat(problem.get("errors").get(0).get("path").asString())
                .isEqualTo("$.all[0].op");
        assertThat(problem.get("errors").get(0).get("allowed").valueStream()
                .map(JsonNode::asString).toList())
                .containsExactly("before", "after", "within_last_days", "empty", "not_empty");
        assertThat(problem.get("errors").get(1).get("path").asString())
                .startsWith("$.all[1]");
    }

    @Test
    void criteriaDifferingOnlyByValuesGiveTheSameSqlText() {
        SqlCondition one = selectionCriteria.condition(account, JSON.readTree(
                "{\"all\":[{\"field\":\"custom.city\",\"op\":\"equals\",\"value\":\"Lyon\"},"
                        + "{\"activity\":{\"result\":\"opened\",\"campaign\":\"nl-1\"}}]}"));
        SqlCondition other = selectionCriteria.condition(account, JSON.readTree(
                "{\"all\":[{\"field\":\"custom.city\",\"op\":\"equals\",\"value\":"
                        + "\"'; DROP TABLE contacts; --\"},{\"activity\":{\"result\":"
                        + "\"clicked\",\"campaign\":\"x'y\"}}]}"));

        assertThat(one.sql()).isEqualTo(other.sql());
        assertThat(one.parameters()).containsExactly("city", "Lyon", "opened", "nl-1");
    }

    private List<Long> idsWhere(String condition) {
        return jdbc.queryForList("SELECT c.id FROM contacts c WHERE c.account_id = ? AND ("
                + condition + ") ORDER BY c.id", Long.class, account);
    }

    private List<Long> streamedIds(String criteria) {
        Map<String, Object> body = new HashMap<>();
        body.put("fields", List.of("email"));
        body.put("criteria", JSON.readTree(criteria));
        HttpResponse<String> response = stream(account, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().lines().map(line -> JSON.readTree(line).get(0).asLong())
                .toList();
    }

    private static String activity(String condition) {
        return "c.id IN (SELECT contact_id FROM contact_activity WHERE account_id = c.account_id"
                + " AND " + condition + ")";
    }

    private String result(String contact, String campaign, String result, String category,
            String occurredAt) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"contactId\":" + ids.get(contact)
                + ",\"campaignId\":\"" + campaign + "\",\"campaignName\":\"Campagne "
                + campaign + "\",\"channel\":\"email\",\"result\":\"" + result + "\","
                + "\"bounceCategory\":" + (category == null ? "null" : "\"" + category + "\"")
                + ",\"occurredAt\":\"" + occurredAt + "\"}";
    }
}
