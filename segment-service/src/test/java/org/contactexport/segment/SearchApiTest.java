package org.contactexport.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SearchApiTest extends SegmentServiceTest {

    private static final String LYON =
            "{\"field\":\"custom.city\",\"op\":\"equals\",\"value\":\"Lyon\"}";
    private static final String RECENT =
            "{\"field\":\"created_at\",\"op\":\"within_last_days\",\"value\":30}";

    @Test
    void aSavedSearchIsCreatedReadListedAndDeleted() {
        String account = newAccount();

        Answer created = create(account, "Lyonnais", LYON);
        String id = created.text("id");
        Answer read = get(account, "/api/v1/searches/" + id);
        Answer list = get(account, "/api/v1/searches");
        Answer deleted = delete(account, "/api/v1/searches/" + id);
        Answer gone = get(account, "/api/v1/searches/" + id);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/v1/searches/" + id);
        assertThat(created.text("name")).isEqualTo("Lyonnais");
        assertThat(created.body().get("criteria").toString()).isEqualTo(LYON);
        assertThat(created.body().get("revision").asInt()).isEqualTo(1);
        assertThat(created.body().get("figure").isNull()).isTrue();
        assertThat(read.body()).isEqualTo(created.body());
        assertThat(list.body().size()).isEqualTo(1);
        assertThat(list.body().get(0)).isEqualTo(created.body());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.text("detail")).isEqualTo("No search " + id + " in this account");
    }

    @Test
    void everyEditKeepsThePreviousRevision() {
        String account = newAccount();
        String id = create(account, "Lyonnais", LYON).text("id");

        Answer renamed = patch(account, "/api/v1/searches/" + id,
                "{\"name\":\"Lyonnais récents\",\"version\":0}");
        Answer redefined = patch(account, "/api/v1/searches/" + id,
                "{\"criteria\":{\"all\":[" + LYON + "," + RECENT + "]},\"version\":1}");
        Answer revisions = get(account, "/api/v1/searches/" + id + "/revisions");

        assertThat(renamed.body().get("revision").asInt()).isEqualTo(2);
        assertThat(redefined.body().get("revision").asInt()).isEqualTo(3);
        assertThat(redefined.text("name")).isEqualTo("Lyonnais récents");
        List<String> history = new ArrayList<>();
        revisions.body().forEach(revision -> history.add(revision.get("revision").asInt()
                + " " + revision.get("name").asString() + " " + revision.get("criteria")
                + " " + revision.get("savedBy").asString()));
        assertThat(history).containsExactly(
                "3 Lyonnais récents {\"all\":[" + LYON + "," + RECENT + "]} user-1",
                "2 Lyonnais récents " + LYON + " user-1",
                "1 Lyonnais " + LYON + " user-1");
        assertThat(revisions.body().get(0).get("savedAt"))
                .isEqualTo(redefined.body().get("updatedAt"));
    }

    @Test
    void anEditFromAStaleVersionIsRefusedAndMakesNoRevision() {
        String account = newAccount();
        String id = create(account, "Lyonnais", LYON).text("id");
        patch(account, "/api/v1/searches/" + id, "{\"name\":\"Lyon\",\"version\":0}");

        Answer stale = patch(account, "/api/v1/searches/" + id,
                "{\"name\":\"Lyon et alentours\",\"version\":0}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("detail")).isEqualTo("Search " + id + " is at version 1, not 0:"
                + " it was changed meanwhile; read it again");
        assertThat(get(account, "/api/v1/searches/" + id + "/revisions").body().size())
                .isEqualTo(2);
    }

    @Test
    void aRunCountsAndShowsTheFirstContactsAndIsRecorded() {
        String account = newAccount();
        String id = create(account, "Lyonnais", LYON).text("id");

        Answer first = post(account, "/api/v1/searches/" + id + "/runs", "");
        JsonNode asked = CONTACTS.lastBody(account, "contacts/search");
        patch(account, "/api/v1/searches/" + id, "{\"criteria\":" + RECENT + ",\"version\":0}");
        Answer second = post(account, "/api/v1/searches/" + id + "/runs", "");
        Answer runs = get(account, "/api/v1/searches/" + id + "/runs");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text("search")).isEqualTo(id);
        assertThat(first.body().get("revision").asInt()).isEqualTo(1);
        assertThat(first.body().get("count").asLong()).isEqualTo(1234);
        assertThat(first.body().get("contacts").toString())
                .isEqualTo(json.readTree(FakeContactService.FIRST_PAGE).get("contacts")
                        .toString());
        assertThat(first.text("ranBy")).isEqualTo("user-1");
        assertThat(asked.toString()).isEqualTo("{\"criteria\":" + LYON
                + ",\"excludeDoNotTrack\":true,\"limit\":20}");
        assertThat(second.body().get("revision").asInt()).isEqualTo(2);
        List<String> recorded = new ArrayList<>();
        runs.body().forEach(run -> recorded.add(run.get("revision").asInt() + " "
                + run.get("count").asLong() + " " + run.get("ranBy").asString()));
        assertThat(recorded).containsExactly("2 1234 user-1", "1 1234 user-1");
        assertThat(runs.body().get(0).get("ranAt")).isEqualTo(second.body().get("ranAt"));
    }

    @Test
    void anAdHocSearchRunsWithoutBeingSaved() {
        String account = newAccount();

        Answer result = post(account, "/api/v1/searches/run", "{\"criteria\":" + LYON + "}");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body().get("search").isNull()).isTrue();
        assertThat(result.body().get("revision").isNull()).isTrue();
        assertThat(result.body().get("count").asLong()).isEqualTo(1234);
        assertThat(result.body().get("contacts").size()).isEqualTo(2);
        assertThat(CONTACTS.lastBody(account, "contacts/search").toString())
                .isEqualTo("{\"criteria\":" + LYON + ",\"excludeDoNotTrack\":true,\"limit\":20}");
        assertThat(get(account, "/api/v1/searches").body().size()).isZero();
        assertThat(raw("/actuator/prometheus"))
                .containsPattern("searches_run_total\\{kind=\"ad-hoc\"} [1-9]");
    }

    @Test
    void invalidCriteriaAreRefusedWithThePathAndWhatIsAllowedThere() {
        String account = newAccount();

        Answer refused = post(account, "/api/v1/searches/run", "{\"criteria\":{\"any\":["
                + "{\"field\":\"email_status\",\"op\":\"equals\",\"value\":\"npai\"}]}}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("title")).isEqualTo("Invalid criteria");
        JsonNode error = refused.body().get("errors").get(0);
        assertThat(error.get("path").asString()).isEqualTo("$.any[0].value");
        assertThat(error.get("allowed").toString()).isEqualTo("[\"valid\",\"unconfirmed\","
                + "\"unsubscribed\",\"bounced\",\"complained\"]");
    }

    @Test
    void aCampaignFigureBecomesANamedSavedSearch() {
        String account = newAccount();

        Answer notOpened = post(account, "/api/v1/searches/from-campaign-result",
                "{\"campaign\":\"nl-2026-11\",\"result\":\"not_opened\"}");
        Answer unknownUsers = post(account, "/api/v1/searches/from-campaign-result",
                "{\"campaign\":\"nl-2026-11\",\"result\":\"bounced\","
                        + "\"bounceCategory\":\"unknown_user\",\"name\":\"À nettoyer\"}");
        Answer blankName = post(account, "/api/v1/searches/from-campaign-result",
                "{\"campaign\":\"nl-2026-11\",\"result\":\"clicked\",\"name\":\" \"}");

        assertThat(notOpened.status()).isEqualTo(201);
        assertThat(notOpened.text("name")).isEqualTo("Newsletter novembre — non-ouvreurs");
        assertThat(notOpened.text("figure")).isEqualTo("nl-2026-11/not_opened");
        assertThat(notOpened.body().get("criteria").toString()).isEqualTo("{\"all\":["
                + "{\"activity\":{\"result\":\"delivered\",\"campaign\":\"nl-2026-11\"}},"
                + "{\"not\":{\"activity\":{\"result\":\"opened\",\"campaign\":\"nl-2026-11\"}}}]}");
        assertThat(unknownUsers.text("name")).isEqualTo("À nettoyer");
        assertThat(unknownUsers.text("figure")).isEqualTo("nl-2026-11/bounced/unknown_user");
        assertThat(unknownUsers.body().get("criteria").toString()).isEqualTo("{\"activity\":"
                + "{\"result\":\"bounced\",\"campaign\":\"nl-2026-11\","
                + "\"bounceCategory\":\"unknown_user\"}}");
        assertThat(blankName.text("name")).isEqualTo("Newsletter novembre — cliqueurs");
        assertThat(get(account, "/api/v1/searches/" + notOpened.text("id") + "/revisions")
                .body().size()).isEqualTo(1);
    }

    @Test
    void aFigureOfAnUnknownCampaignOrResultIsRefused() {
        String account = newAccount();

        Answer unknownCampaign = post(account, "/api/v1/searches/from-campaign-result",
                "{\"campaign\":\"nl-1999-01\",\"result\":\"opened\"}");
        Answer unknownResult = post(account, "/api/v1/searches/from-campaign-result",
                "{\"campaign\":\"nl-2026-11\",\"result\":\"read\"}");

        assertThat(unknownCampaign.status()).isEqualTo(404);
        assertThat(unknownCampaign.text("detail"))
                .isEqualTo("No campaign nl-1999-01 in this account");
        assertThat(unknownResult.status()).isEqualTo(400);
        assertThat(unknownResult.body().get("allowed").toString()).isEqualTo("[\"sent\","
                + "\"delivered\",\"opened\",\"not_opened\",\"clicked\",\"bounced\","
                + "\"unsubscribed\",\"complained\",\"converted\"]");
        assertThat(get(account, "/api/v1/searches").body().size()).isZero();
    }

    @Test
    void anotherAccountsSearchIsNotFound() {
        String owner = newAccount();
        String intruder = newAccount();
        String id = create(owner, "Lyonnais", LYON).text("id");
        String notFound = "No search " + id + " in this account";

        List<Answer> answers = List.of(
                get(intruder, "/api/v1/searches/" + id),
                patch(intruder, "/api/v1/searches/" + id, "{\"name\":\"Mine\",\"version\":0}"),
                delete(intruder, "/api/v1/searches/" + id),
                get(intruder, "/api/v1/searches/" + id + "/revisions"),
                post(intruder, "/api/v1/searches/" + id + "/runs", ""),
                get(intruder, "/api/v1/searches/" + id + "/runs"));

        answers.forEach(answer -> {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.text("detail")).isEqualTo(notFound);
        });
        assertThat(get(intruder, "/api/v1/searches").body().size()).isZero();
        assertThat(get(owner, "/api/v1/searches/" + id + "/runs").body().size()).isZero();
    }

    @Test
    void hostileNamesAndValuesAreStoredAndReturnedVerbatim() {
        String account = newAccount();
        String text = "</script><img src=x onerror=alert(1)> '; DROP TABLE saved_search; -- 🚀";
        String criteria = "{\"field\":\"custom.city\",\"op\":\"in\",\"values\":["
                + quoted(text) + ",\"%_\\\\\"]}";

        String id = create(account, text, criteria).text("id");
        Answer read = get(account, "/api/v1/searches/" + id);

        assertThat(read.text("name")).isEqualTo(text);
        assertThat(read.body().get("criteria").toString()).isEqualTo(criteria);
        assertThat(read.body().get("criteria").get("values").get(1).asString())
                .isEqualTo("%_\\");
    }

    private Answer create(String account, String name, String criteria) {
        Answer created = post(account, "/api/v1/searches",
                "{\"name\":" + quoted(name) + ",\"criteria\":" + criteria + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }
}
