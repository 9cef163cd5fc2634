package org.contactexport.export.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What a request may hold, and the 400 that says what to fix when it holds more. */
class RequestRulesTest extends ExportServiceTest {

    /** The start of a request for the whole base; each test adds what it is about. */
    private static final String WHOLE_BASE = "{\"source\":{\"type\":\"ALL\"},";

    private static final String DATABASE = "exports_rules";

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registerServers(registry, DATABASE);
    }

    @Test
    void notifyListsAtMostTwentyWellFormedUserIds() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("\"u-" + i + "\"");
        }
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put(WHOLE_BASE + "\"notify\":" + many + "}", "notify: at most 20 user ids");
        String rule = "notify: each user id must be 1 to 100 characters among letters, digits"
                + " and . _ @ -";
        refusals.put(WHOLE_BASE + "\"notify\":[\"\"]}", rule);
        refusals.put(WHOLE_BASE + "\"notify\":[\"" + "a".repeat(101) + "\"]}", rule);
        refusals.put(WHOLE_BASE + "\"notify\":[\"alice bob\"]}", rule);
        refusals.put(WHOLE_BASE + "\"notify\":[\"alice\\u0000\"]}", rule);
        refusals.put(WHOLE_BASE + "\"notify\":[null]}", rule);

        refusals.forEach((body, detail) -> {
            Answer refused = post("acme", body);

            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.body().get("detail").asString()).as(body).isEqualTo(detail);
        });
    }

    @Test
    void notifyNamesOnlyUsersOfTheAccount() {
        Answer refused = post("acme", WHOLE_BASE + "\"notify\":[\"alice\",\"nobody\",\"u-9\"]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("detail").asString())
                .isEqualTo("notify: unknown users of this account: nobody, u-9");
        assertThat(refused.body().get("unknownUsers").toString())
                .isEqualTo("[\"nobody\",\"u-9\"]");
        assertThat(jobsNotifying("nobody")).isZero();
    }

    @Test
    void notifyOfKnownUsersIsAccepted() {
        Answer accepted = post("acme", WHOLE_BASE + "\"notify\":[\"alice\",\"u-2\"]}");

        assertThat(accepted.status()).isEqualTo(202);
    }

    @Test
    void notifyCannotBeCheckedWhileNotificationServiceIsDownSoNothingIsStored() {
        Answer refused = post("broken", WHOLE_BASE + "\"notify\":[\"alice\"]}");

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.body().get("detail").asString()).isEqualTo("The users to notify"
                + " could not be checked: notification-service is unavailable; nothing was"
                + " stored, try again in a moment");
        assertThat(jdbc.queryForObject("select count(*) from export_job"
                + " where account_id = 'broken'", Long.class)).isZero();
    }

    @Test
    void controlCharactersAreRefusedWithTheFieldToFix() {
        String nameRule = "name must not hold control characters (line breaks, tabs, NUL...)";
        String delimiterRule = "file.delimiter must be one character other than a double quote"
                + " or a control character (TAB is allowed), e.g. \";\" or \",\"";
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put(WHOLE_BASE + "\"name\":\"Base\\u0000\"}", nameRule);
        refusals.put(WHOLE_BASE + "\"name\":\"Base\\u007f\"}", nameRule);
        refusals.put(WHOLE_BASE + "\"name\":\"Line\\nbreak\"}", nameRule);
        refusals.put(WHOLE_BASE + "\"file\":{\"delimiter\":\"\\u0000\"}}", delimiterRule);
        refusals.put(WHOLE_BASE + "\"file\":{\"delimiter\":\"\\r\"}}", delimiterRule);

        refusals.forEach((body, detail) -> {
            Answer refused = post("acme", body);

            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.body().get("detail").asString()).as(body).isEqualTo(detail);
        });
    }

    @Test
    void aTabSeparatedFileCanBeAsked() {
        Answer accepted = post("acme",
                WHOLE_BASE + "\"file\":{\"dialect\":\"data\",\"delimiter\":\"\\t\"}}");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.body().get("file").get("delimiter").asString()).isEqualTo("\t");
    }

    @Test
    void aNameCountsCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE80";

        Answer accepted = post("acme", WHOLE_BASE + "\"name\":\"" + emoji.repeat(150) + "\"}");
        Answer refused = post("acme", WHOLE_BASE + "\"name\":\"" + emoji.repeat(201) + "\"}");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.body().get("name").asString()).isEqualTo(emoji.repeat(150));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("detail").asString())
                .isEqualTo("name must be at most 200 characters");
    }

    @Test
    void aPageBeyondTenThousandIsRefused() {
        Answer refused = get("acme", "/api/v1/exports?page=2147483647&size=100");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("detail").asString())
                .isEqualTo("page must be between 0 and 10000 and size between 1 and 100");
    }

    @Test
    void aBodyOfTheWrongShapeSaysWhichFieldAndWhatItMustBe() {
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("{\"name\":[\"x\"]}", "name must be a string");
        refusals.put("{\"notify\":\"alice\"}", "notify must be a list of user ids,"
                + " e.g. [\"alice\"]");
        refusals.put("{\"notify\":[\"alice\",{}]}", "notify[1] must be a user id (a string)");
        refusals.put("{\"file\":{\"bom\":\"yes\"}}", "file.bom must be true or false");
        refusals.put("{\"source\":\"ALL\"}", "source must be an object,"
                + " e.g. {\"type\":\"ALL\"}");
        String objectExpected = "The body must be a JSON object, e.g. {\"fields\":\"MAIN\"}";
        refusals.put("[]", objectExpected);
        refusals.put("null", objectExpected);
        refusals.put("", objectExpected);
        refusals.put("{\"name\":\"" + "x".repeat(500), "The body is not valid JSON"
                + " (line 1, column 510)");

        refusals.forEach((body, detail) -> {
            Answer refused = post("acme", body);

            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.body().get("detail").asString()).as(body).isEqualTo(detail);
        });
    }

    @Test
    void aParameterOfTheWrongTypeSaysWhatItMustBe() {
        Answer badPage = get("acme", "/api/v1/exports?page=abc");
        Answer badId = get("acme", "/api/v1/exports/" + "z".repeat(150));

        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.body().get("detail").asString())
                .isEqualTo("page must be a whole number, not \"abc\"");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.body().get("detail").asString())
                .isEqualTo("id must be an export id (a UUID), not \"" + "z".repeat(100) + "…\"");
    }

    private long jobsNotifying(String userId) {
        return jdbc.queryForObject("select count(*) from export_job"
                + " where notify_user_ids like ?", Long.class, "%" + userId + "%");
    }
}
