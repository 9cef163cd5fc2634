package org.contactexport.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The internal resolution export-service calls, without a token. */
class SourceResolutionTest extends SegmentServiceTest {

    private static final String LYON =
            "{\"field\":\"custom.city\",\"op\":\"equals\",\"value\":\"Lyon\"}";

    @Test
    void aDefaultSegmentResolvesToItsNameAndCriteria() {
        Answer resolved = resolve(newAccount(), "{\"type\":\"SEGMENT\","
                + "\"id\":\"most-active-emails\"}");

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.body().toString()).isEqualTo("{\"type\":\"SEGMENT\","
                + "\"reference\":\"most-active-emails\","
                + "\"name\":\"Adresses email les plus actives\",\"criteria\":{\"all\":["
                + "{\"field\":\"email_status\",\"op\":\"equals\",\"value\":\"valid\"},"
                + "{\"field\":\"email_optin\",\"op\":\"equals\",\"value\":true},"
                + "{\"field\":\"activity_level\",\"op\":\"greater\",\"value\":3}]}}");
    }

    @Test
    void aCustomSegmentResolvesToItsCurrentCriteria() {
        String account = newAccount();
        String id = post(account, "/api/v1/segments",
                "{\"name\":\"Lyonnais\",\"criteria\":" + LYON + "}").text("id");

        Answer resolved = resolve(account, "{\"type\":\"SEGMENT\",\"id\":\"" + id + "\"}");

        assertThat(resolved.body().toString()).isEqualTo("{\"type\":\"SEGMENT\",\"reference\":\""
                + id + "\",\"name\":\"Lyonnais\",\"criteria\":" + LYON + "}");
    }

    @Test
    void aSavedSearchResolvesToItsCurrentRevision() {
        String account = newAccount();
        String id = post(account, "/api/v1/searches",
                "{\"name\":\"Lyonnais\",\"criteria\":" + LYON + "}").text("id");
        String recent = "{\"field\":\"created_at\",\"op\":\"after\",\"value\":\"2026-01-01\"}";
        patch(account, "/api/v1/searches/" + id,
                "{\"name\":\"Récents\",\"criteria\":" + recent + ",\"version\":0}");

        Answer resolved = resolve(account, "{\"type\":\"SEARCH\",\"id\":\"" + id + "\"}");

        assertThat(resolved.body().toString()).isEqualTo("{\"type\":\"SEARCH\",\"reference\":\""
                + id + "\",\"name\":\"Récents\",\"criteria\":" + recent + "}");
    }

    @Test
    void aCampaignResultResolvesToTheFigureCriteria() {
        String account = newAccount();

        Answer opened = resolve(account, "{\"type\":\"CAMPAIGN_RESULT\","
                + "\"campaign\":\"nl-2026-11\",\"result\":\"opened\"}");
        Answer bounced = resolve(account, "{\"type\":\"CAMPAIGN_RESULT\","
                + "\"campaign\":\"nl-2026-11\",\"result\":\"bounced\","
                + "\"bounceCategory\":\"unknown_user\"}");

        assertThat(opened.body().toString()).isEqualTo("{\"type\":\"CAMPAIGN_RESULT\","
                + "\"reference\":\"nl-2026-11/opened\","
                + "\"name\":\"Newsletter novembre — ouvreurs\",\"criteria\":{\"activity\":"
                + "{\"result\":\"opened\",\"campaign\":\"nl-2026-11\"}}}");
        assertThat(bounced.body().toString()).isEqualTo("{\"type\":\"CAMPAIGN_RESULT\","
                + "\"reference\":\"nl-2026-11/bounced/unknown_user\","
                + "\"name\":\"Newsletter novembre — NPAI (Inconnu)\",\"criteria\":{\"activity\":"
                + "{\"result\":\"bounced\",\"campaign\":\"nl-2026-11\","
                + "\"bounceCategory\":\"unknown_user\"}}}");
    }

    @Test
    void whatTheAccountDoesNotHaveIsNotFoundByName() {
        String owner = newAccount();
        String other = newAccount();
        String segment = post(owner, "/api/v1/segments",
                "{\"name\":\"Lyonnais\",\"criteria\":" + LYON + "}").text("id");
        String search = post(owner, "/api/v1/searches",
                "{\"name\":\"Lyonnais\",\"criteria\":" + LYON + "}").text("id");
        Map<String, String> missing = new LinkedHashMap<>();
        missing.put("{\"type\":\"SEGMENT\",\"id\":\"" + segment + "\"}",
                "No segment " + segment + " in this account");
        missing.put("{\"type\":\"SEGMENT\",\"id\":\"most-active\"}",
                "No segment most-active in this account");
        missing.put("{\"type\":\"SEARCH\",\"id\":\"" + search + "\"}",
                "No search " + search + " in this account");
        missing.put("{\"type\":\"SEARCH\",\"id\":\"not-a-uuid\"}",
                "No search not-a-uuid in this account");
        missing.put("{\"type\":\"CAMPAIGN_RESULT\",\"campaign\":\"nl-1999-01\","
                + "\"result\":\"opened\"}", "No campaign nl-1999-01 in this account");

        missing.forEach((body, detail) -> {
            Answer answer = resolve(other, body);

            assertThat(answer.status()).as(body).isEqualTo(404);
            assertThat(answer.text("detail")).as(body).isEqualTo(detail);
        });
    }

    @Test
    void anUnknownTypeResultOrBounceCategoryIsABadRequest() {
        String account = newAccount();
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("{\"type\":\"LIST\",\"id\":\"x\"}",
                "type must be one of SEGMENT, SEARCH, CAMPAIGN_RESULT, not \"LIST\"");
        refusals.put("{\"id\":\"x\"}", "type must be one of SEGMENT, SEARCH, CAMPAIGN_RESULT");
        refusals.put("{\"type\":\"SEGMENT\"}", "id is required: a default segment id such as"
                + " most-active-emails, or the UUID of a custom segment or saved search");
        refusals.put("{\"type\":\"CAMPAIGN_RESULT\",\"campaign\":\"nl-2026-11\","
                + "\"result\":\"read\"}", "result must be one of sent, delivered, opened,"
                + " not_opened, clicked, bounced, unsubscribed, complained, converted,"
                + " not \"read\"");
        refusals.put("{\"type\":\"CAMPAIGN_RESULT\",\"campaign\":\"nl-2026-11\","
                + "\"result\":\"bounced\",\"bounceCategory\":\"gone\"}", "bounceCategory must"
                + " be one of absent, unknown_user, bad_alias, bad_domain, rejected, soft,"
                + " not \"gone\"");

        refusals.forEach((body, detail) -> {
            Answer answer = resolve(account, body);

            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.text("detail")).as(body).isEqualTo(detail);
        });
    }

    private Answer resolve(String account, String body) {
        return postInternal("/internal/v1/accounts/" + account + "/sources/resolve", body);
    }
}
