package org.contactexport.contact.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.contactexport.contact.ContactServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class ActivityUploadTest extends ContactServiceTest {

    private static final String RESULT = "{\"eventId\":\"%s%012d\","
            + "\"contactId\":%d,\"campaignId\":\"nl-2026-11\",\"campaignName\":"
            + "\"Newsletter novembre\",\"channel\":\"email\",\"result\":\"%s\","
            + "\"occurredAt\":\"%s\"}";

    @Autowired
    private JdbcTemplate jdbc;

    /** The first 24 characters of this test's event ids, which end with a line's number. */
    private final String events = UUID.randomUUID().toString().substring(0, 24);
    private String account;
    private long first;

    @BeforeEach
    void threeContacts() {
        account = newAccount();
        importCsv(account, "email\na@example.org\nb@example.org\nc@example.org\n");
        first = jdbc.queryForObject("SELECT min(id) FROM contacts WHERE account_id = ?",
                Long.class, account);
    }

    @Test
    void uploadRecordsEachLineAndCountsWhatItDid() {
        String lines = String.join("\n",
                line(1, first, "delivered", "2026-11-05T09:00:00Z"),
                line(2, first, "opened", "2026-11-05T10:00:00Z"),
                line(3, first + 1, "delivered", "2026-11-06T09:00:00Z"),
                "");

        JsonNode result = uploadActivity(account, lines);

        assertThat(result).isEqualTo(JSON.readTree(
                "{\"recorded\":3,\"alreadyKnown\":0,\"refused\":0,\"refusals\":[]}"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM contact_activity"
                + " WHERE account_id = ?", Long.class, account)).isEqualTo(3);
    }

    @Test
    void sendingTheSameLinesAgainRecordsNothingTwice() {
        String lines = line(1, first, "delivered", "2026-11-05T09:00:00Z") + "\n"
                + line(2, first + 1, "opened", "2026-11-05T10:00:00Z");
        uploadActivity(account, lines);

        JsonNode again = uploadActivity(account, lines + "\n"
                + line(3, first + 2, "delivered", "2026-11-05T09:00:00Z"));

        assertThat(again.get("recorded").asLong()).isEqualTo(1);
        assertThat(again.get("alreadyKnown").asLong()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM contact_activity"
                + " WHERE account_id = ?", Long.class, account)).isEqualTo(3);
    }

    @Test
    void badLinesAreRefusedWithTheirNumberAndReasonAndTheOthersRecorded() {
        String otherAccount = newAccount();
        importCsv(otherAccount, "email\nother@example.org\n");
        long otherAccountsContact = jdbc.queryForObject("SELECT id FROM contacts"
                + " WHERE account_id = ?", Long.class, otherAccount);
        String lines = String.join("\n",
                line(1, first, "delivered", "2026-11-05T09:00:00Z"),
                "not json",
                line(3, first, "liked", "2026-11-05T09:00:00Z"),
                line(4, otherAccountsContact, "opened", "2026-11-05T09:00:00Z"),
                "",
                "{\"eventId\":\"" + events + "000000000006\",\"accountId\":\"x\"}",
                line(7, first, "opened", "yesterday"),
                "{\"eventId\":\"nope\",\"contactId\":1}",
                "{\"eventId\":\"" + events + "000000000009\",\"contactId\":" + first
                        + ",\"campaignId\":\"a/b\",\"channel\":\"email\",\"result\":\"sent\","
                        + "\"occurredAt\":\"2026-11-05T09:00:00Z\"}",
                "{\"eventId\":\"" + events + "000000000010\",\"contactId\":" + first
                        + ",\"campaignId\":\"nl\",\"channel\":\"email\",\"result\":\"opened\","
                        + "\"bounceCategory\":\"soft\",\"occurredAt\":\"2026-11-05T09:00:00Z\"}",
                "x".repeat(20_000),
                line(12, first + 2, "clicked", "2026-11-05T09:00:00Z"));

        JsonNode result = uploadActivity(account, lines);

        assertThat(result.get("recorded").asLong()).isEqualTo(2);
        assertThat(result.get("refused").asLong()).isEqualTo(9);
        assertThat(result.get("refusals")).isEqualTo(JSON.readTree("""
                [{"line":2,"reason":"The line is not a JSON document"},
                 {"line":3,"reason":"result must be one of sent, delivered, opened, clicked, \
                bounced, unsubscribed, complained, converted"},
                 {"line":4,"reason":"contactId %d is not a contact of the account"},
                 {"line":6,"reason":"Unknown member 'accountId'; a line has eventId, contactId, \
                campaignId, campaignName, channel, result, bounceCategory, bounceDetail and \
                occurredAt (the account is the caller's)"},
                 {"line":7,"reason":"occurredAt must be an ISO-8601 instant such as \
                2026-11-05T09:30:00Z"},
                 {"line":8,"reason":"eventId must be a UUID"},
                 {"line":9,"reason":"campaignId must be 1 to 200 characters without '/' or \
                control characters"},
                 {"line":10,"reason":"bounceCategory is only for the result bounced"},
                 {"line":11,"reason":"The line is longer than 16384 bytes"}]
                """.formatted(otherAccountsContact)));
    }

    @Test
    void uploadNeedsAToken() {
        HttpResponse<String> response = post("/api/v1/activity", null, "application/x-ndjson",
                line(1, first, "opened", "2026-11-05T09:00:00Z"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void campaignsAreKnownFromTheirResultsWithTheirFirstAndLastActivity() {
        uploadActivity(account, String.join("\n",
                line(1, first, "delivered", "2026-11-05T09:00:00Z"),
                line(2, first, "opened", "2026-11-07T10:00:00Z")));

        JsonNode campaigns = json(get("/api/v1/campaigns", account));
        HttpResponse<String> internal = get("/internal/v1/accounts/" + account
                + "/campaigns/nl-2026-11", null);

        assertThat(campaigns).isEqualTo(JSON.readTree("""
                [{"id":"nl-2026-11","name":"Newsletter novembre","channel":"email",
                  "firstActivityAt":"2026-11-05T09:00:00Z",
                  "lastActivityAt":"2026-11-07T10:00:00Z"}]"""));
        assertThat(json(internal)).isEqualTo(campaigns.get(0));
        assertThat(json(get("/api/v1/campaigns", newAccount()))).isEmpty();
    }

    @Test
    void aCampaignOfAnotherAccountIsA404() {
        uploadActivity(account, line(1, first, "delivered", "2026-11-05T09:00:00Z"));

        HttpResponse<String> report = get("/api/v1/campaigns/nl-2026-11/report", newAccount());
        HttpResponse<String> internal = get("/internal/v1/accounts/" + newAccount()
                + "/campaigns/nl-2026-11", null);

        assertThat(report.statusCode()).isEqualTo(404);
        assertThat(json(report).get("detail").asString())
                .isEqualTo("The account has no campaign 'nl-2026-11'");
        assertThat(internal.statusCode()).isEqualTo(404);
    }

    @Test
    void reportCountsDistinctContactsPerResultAndBouncesPerCategory() {
        uploadActivity(account, String.join("\n",
                line(1, first, "delivered", "2026-11-05T09:00:00Z"),
                line(2, first, "opened", "2026-11-05T10:00:00Z"),
                line(3, first, "opened", "2026-11-06T10:00:00Z"),
                line(4, first + 1, "delivered", "2026-11-05T09:00:00Z"),
                bounce(5, first + 2, "unknown_user"),
                bounce(6, first + 2, "unknown_user")));

        JsonNode report = json(get("/api/v1/campaigns/nl-2026-11/report", account));

        assertThat(report.get("contacts")).isEqualTo(JSON.readTree("""
                {"sent":0,"delivered":2,"opened":1,"clicked":0,"bounced":1,"unsubscribed":0,
                 "complained":0,"converted":0,"not_opened":1}"""));
        assertThat(report.get("bouncedByCategory")).isEqualTo(JSON.readTree("""
                {"absent":0,"unknown_user":1,"bad_alias":0,"bad_domain":0,"rejected":0,
                 "soft":0,"none":0}"""));
        assertThat(report.get("campaign").get("id").asString()).isEqualTo("nl-2026-11");
    }

    @Test
    void notOpenedIsTheSameFigureAsItsCriteria() {
        uploadActivity(account, String.join("\n",
                line(1, first, "delivered", "2026-11-05T09:00:00Z"),
                line(2, first, "opened", "2026-11-05T10:00:00Z"),
                line(3, first + 1, "delivered", "2026-11-05T09:00:00Z"),
                line(4, first + 2, "delivered", "2026-11-05T09:00:00Z")));

        JsonNode report = json(get("/api/v1/campaigns/nl-2026-11/report", account));
        JsonNode bounds = json(postJson("/internal/v1/accounts/" + account + "/contacts/bounds",
                null, Map.of("criteria", JSON.readTree("""
                        {"all": [{"activity": {"result": "delivered", "campaign": "nl-2026-11"}},
                                 {"not": {"activity": {"result": "opened",
                                                       "campaign": "nl-2026-11"}}}]}"""))));

        assertThat(report.get("contacts").get("not_opened").asLong()).isEqualTo(2);
        assertThat(bounds.get("count").asLong()).isEqualTo(2);
        assertThat(bounds.get("minId").asLong()).isEqualTo(first + 1);
    }

    private String line(int event, long contactId, String result, String occurredAt) {
        return RESULT.formatted(events, event, contactId, result, occurredAt);
    }

    private String bounce(int event, long contactId, String category) {
        return "{\"eventId\":\"" + events + String.format("%012d", event)
                + "\",\"contactId\":" + contactId + ",\"campaignId\":\"nl-2026-11\","
                + "\"channel\":\"email\",\"result\":\"bounced\",\"bounceCategory\":\""
                + category + "\",\"bounceDetail\":\"550 5.1.1 user unknown\","
                + "\"occurredAt\":\"2026-11-05T09:00:30Z\"}";
    }
}
