package org.contactexport.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentApiTest extends SegmentServiceTest {

    private static final String LYON =
            "{\"field\":\"custom.city\",\"op\":\"equals\",\"value\":\"Lyon\"}";
    private static final String VALID_EMAILS =
            "{\"field\":\"email_status\",\"op\":\"in\",\"values\":[\"valid\",\"unconfirmed\"]}";

    @Test
    void theListShowsTheSixDefaultSegmentsFirstThenTheCustomOnesByName() {
        String account = newAccount();
        create(account, "Zèbres", LYON);
        create(account, "Abonnés", VALID_EMAILS);

        Answer list = get(account, "/api/v1/segments");

        List<String> shown = new ArrayList<>();
        list.body().forEach(segment -> shown.add(segment.get("kind").asString() + " "
                + segment.get("name").asString()));
        assertThat(shown).containsExactly(
                "DEFAULT Adresses email les plus actives",
                "DEFAULT Contacts SMS",
                "DEFAULT Désinscrits email",
                "DEFAULT Désinscrits SMS",
                "DEFAULT Mauvaises adresses email (NPAI)",
                "DEFAULT Mauvais numéros mobiles",
                "CUSTOM Abonnés",
                "CUSTOM Zèbres");
        assertThat(list.body().get(0).toString()).isEqualTo("{\"id\":\"most-active-emails\","
                + "\"kind\":\"DEFAULT\",\"name\":\"Adresses email les plus actives\","
                + "\"nameEn\":\"Most active email addresses\",\"criteria\":{\"all\":["
                + "{\"field\":\"email_status\",\"op\":\"equals\",\"value\":\"valid\"},"
                + "{\"field\":\"email_optin\",\"op\":\"equals\",\"value\":true},"
                + "{\"field\":\"activity_level\",\"op\":\"greater\",\"value\":3}]},"
                + "\"version\":null,\"createdBy\":null,\"createdAt\":null,\"updatedBy\":null,"
                + "\"updatedAt\":null}");
    }

    @Test
    void aCustomSegmentIsCreatedReadRenamedRedefinedAndDeleted() {
        String account = newAccount();

        Answer created = create(account, "Lyonnais", LYON);
        String id = created.text("id");
        Answer read = get(account, "/api/v1/segments/" + id);
        Answer renamed = patch(account, "/api/v1/segments/" + id,
                "{\"name\":\"Clients lyonnais\",\"version\":0}");
        Answer redefined = patch(account, "/api/v1/segments/" + id,
                "{\"criteria\":" + VALID_EMAILS + ",\"version\":1}");
        Answer deleted = delete(account, "/api/v1/segments/" + id);
        Answer gone = get(account, "/api/v1/segments/" + id);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/v1/segments/" + id);
        assertThat(created.text("kind")).isEqualTo("CUSTOM");
        assertThat(created.body().get("criteria").toString()).isEqualTo(LYON);
        assertThat(created.body().get("version").asLong()).isZero();
        assertThat(created.text("createdBy")).isEqualTo("user-1");
        assertThat(read.body()).isEqualTo(created.body());
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.text("name")).isEqualTo("Clients lyonnais");
        assertThat(renamed.body().get("criteria").toString()).isEqualTo(LYON);
        assertThat(redefined.text("name")).isEqualTo("Clients lyonnais");
        assertThat(redefined.body().get("criteria").toString()).isEqualTo(VALID_EMAILS);
        assertThat(redefined.body().get("version").asLong()).isEqualTo(2);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.text("detail")).isEqualTo("No segment " + id + " in this account");
    }

    @Test
    void criteriaAreStoredInTheirCanonicalForm() {
        String account = newAccount();

        Answer created = create(account, "Actifs", "{ \"value\" : 3, \"op\": \"greater\","
                + " \"field\": \"activity_level\" }");

        assertThat(created.body().get("criteria").toString())
                .isEqualTo("{\"field\":\"activity_level\",\"op\":\"greater\",\"value\":3}");
    }

    @Test
    void aNumberKeepsEveryDigitItWasTypedWith() {
        String account = newAccount();

        Answer created = create(account, "Précis", "{\"field\":\"custom.score\","
                + "\"op\":\"greater\",\"value\":12.30000000000000000001}");

        assertThat(created.body().get("criteria").toString()).isEqualTo("{\"field\":"
                + "\"custom.score\",\"op\":\"greater\",\"value\":12.30000000000000000001}");
    }

    @Test
    void aDefaultSegmentCannotBeEditedOrDeleted() {
        String account = newAccount();

        Answer edited = patch(account, "/api/v1/segments/sms-contacts",
                "{\"name\":\"Mine\",\"version\":0}");
        Answer deleted = delete(account, "/api/v1/segments/sms-contacts");
        Answer read = get(account, "/api/v1/segments/sms-contacts");

        String refusal = "Segment sms-contacts is a default segment: it cannot be edited or"
                + " deleted; create a custom segment with its criteria instead";
        assertThat(edited.status()).isEqualTo(409);
        assertThat(edited.text("detail")).isEqualTo(refusal);
        assertThat(deleted.status()).isEqualTo(409);
        assertThat(deleted.text("detail")).isEqualTo(refusal);
        assertThat(read.text("name")).isEqualTo("Contacts SMS");
        assertThat(read.text("nameEn")).isEqualTo("SMS contacts");
    }

    @Test
    void aNameIsUniqueInItsAccountOnly() {
        String account = newAccount();
        String other = newAccount();
        String lyon = create(account, "Lyonnais", LYON).text("id");
        create(account, "Abonnés", VALID_EMAILS);

        Answer twice = post(account, "/api/v1/segments",
                "{\"name\":\"Lyonnais\",\"criteria\":" + VALID_EMAILS + "}");
        Answer renamedOnto = patch(account, "/api/v1/segments/" + lyon,
                "{\"name\":\"Abonnés\",\"version\":0}");
        Answer elsewhere = post(other, "/api/v1/segments",
                "{\"name\":\"Lyonnais\",\"criteria\":" + LYON + "}");

        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("detail")).isEqualTo("A segment named \"Lyonnais\" already exists"
                + " in this account; choose another name");
        assertThat(renamedOnto.status()).isEqualTo(409);
        assertThat(renamedOnto.text("detail")).isEqualTo("A segment named \"Abonnés\" already"
                + " exists in this account; choose another name");
        assertThat(elsewhere.status()).isEqualTo(201);
    }

    @Test
    void anEditFromAStaleVersionIsRefusedAndChangesNothing() {
        String account = newAccount();
        String id = create(account, "Lyonnais", LYON).text("id");
        patch(account, "/api/v1/segments/" + id, "{\"name\":\"Lyon\",\"version\":0}");

        Answer stale = patch(account, "/api/v1/segments/" + id,
                "{\"name\":\"Lyon et alentours\",\"version\":0}");
        Answer withoutVersion = patch(account, "/api/v1/segments/" + id, "{\"name\":\"L\"}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("detail")).isEqualTo("Segment " + id + " is at version 1, not 0:"
                + " it was changed meanwhile; read it again");
        assertThat(withoutVersion.status()).isEqualTo(400);
        assertThat(withoutVersion.text("detail")).isEqualTo("version is required: send the"
                + " version you read, so that an edit made meanwhile is not overwritten");
        assertThat(get(account, "/api/v1/segments/" + id).text("name")).isEqualTo("Lyon");
    }

    @Test
    void invalidCriteriaAreRefusedWithThePathAndWhatIsAllowedThere() {
        String account = newAccount();

        Answer refused = post(account, "/api/v1/segments", "{\"name\":\"Récents\",\"criteria\":"
                + "{\"all\":[{\"field\":\"email_status\",\"op\":\"equals\",\"value\":\"valid\"},"
                + "{\"field\":\"created_at\",\"op\":\"contains\",\"value\":\"2024\"}]}}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("title")).isEqualTo("Invalid criteria");
        assertThat(refused.text("detail")).isEqualTo("The criteria have 1 fault; each error"
                + " gives its path and what is allowed there");
        assertThat(refused.body().get("errors").toString()).isEqualTo("[{\"path\":"
                + "\"$.all[1].op\",\"message\":\"operator \\\"contains\\\" does not apply to"
                + " field \\\"created_at\\\" of type timestamp\",\"allowed\":[\"before\","
                + "\"after\",\"within_last_days\",\"empty\",\"not_empty\"]}]");
        assertThat(get(account, "/api/v1/segments").body().size()).isEqualTo(6);
    }

    @Test
    void criteriaOnACampaignTheAccountDoesNotHaveAreRefusedNamingIt() {
        String account = newAccount();

        Answer refused = post(account, "/api/v1/segments", "{\"name\":\"Lecteurs\",\"criteria\":"
                + "{\"any\":[{\"activity\":{\"result\":\"opened\",\"campaign\":\"nl-2026-11\"}},"
                + "{\"activity\":{\"result\":\"opened\",\"campaign\":\"nl-decembre\"}}]}}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").toString()).isEqualTo("[{\"path\":"
                + "\"$.any[1].activity.campaign\","
                + "\"message\":\"campaign \\\"nl-decembre\\\" is not a campaign of this account;"
                + " the campaign ids are listed by GET /api/v1/campaigns of contact-service\","
                + "\"allowed\":[]}]");
        assertThat(get(account, "/api/v1/segments").body().size()).isEqualTo(6);
    }

    @Test
    void missingCriteriaAndBadNamesAreRefusedWithWhatToFix() {
        String account = newAccount();
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("{\"name\":\"Sans critères\"}", "criteria is required: a criteria"
                + " document such as {\"field\":\"email_status\",\"op\":\"equals\","
                + "\"value\":\"valid\"}");
        refusals.put("{\"criteria\":" + LYON + "}", "name is required: 1 to 100 characters");
        refusals.put("{\"name\":\"   \",\"criteria\":" + LYON + "}",
                "name is required: 1 to 100 characters");
        refusals.put("{\"name\":\"" + "é".repeat(101) + "\",\"criteria\":" + LYON + "}",
                "name must be at most 100 characters");
        refusals.put("{\"name\":\"Deux\\nlignes\",\"criteria\":" + LYON + "}",
                "name must not hold control characters (line breaks, tabs, NUL...)");
        refusals.put("{\"name\":[\"VIP\"],\"criteria\":" + LYON + "}", "name has the wrong"
                + " type: names and ids are strings, version is a whole number, criteria is an"
                + " object (docs/criteria.md)");
        refusals.put("{\"name\":", "The body is not valid JSON (line 1, column 9)");

        refusals.forEach((body, detail) -> {
            Answer refused = post(account, "/api/v1/segments", body);

            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.text("detail")).as(body).isEqualTo(detail);
        });
    }

    @Test
    void hostileNamesAndValuesAreStoredAndReturnedVerbatim() {
        String account = newAccount();
        List<String> hostile = List.of("<script>alert('x')</script>",
                "'; DROP TABLE custom_segment; --", "=HYPERLINK(\"http://127.0.0.1\")",
                "%_\\ \"quoted\" 🚀 Ünïcødé", "Robert'); DELETE FROM search_run;--");

        for (String text : hostile) {
            String criteria = "{\"field\":\"company\",\"op\":\"contains\",\"value\":"
                    + quoted(text) + "}";
            Answer created = post(account, "/api/v1/segments",
                    "{\"name\":" + quoted(text) + ",\"criteria\":" + criteria + "}");
            Answer read = get(account, "/api/v1/segments/" + created.text("id"));

            assertThat(created.status()).as(text).isEqualTo(201);
            assertThat(read.text("name")).isEqualTo(text);
            assertThat(read.body().get("criteria").get("value").asString()).isEqualTo(text);
            assertThat(read.body().get("criteria").toString()).isEqualTo(criteria);
        }
        assertThat(get(account, "/api/v1/segments").body().size()).isEqualTo(6 + 5);
    }

    @Test
    void anotherAccountsSegmentIsNotFound() {
        String owner = newAccount();
        String intruder = newAccount();
        String id = create(owner, "Lyonnais", LYON).text("id");
        String notFound = "No segment " + id + " in this account";

        List<Answer> answers = List.of(
                get(intruder, "/api/v1/segments/" + id),
                patch(intruder, "/api/v1/segments/" + id, "{\"name\":\"Mine\",\"version\":0}"),
                delete(intruder, "/api/v1/segments/" + id),
                get(intruder, "/api/v1/segments/" + id + "/count"));

        answers.forEach(answer -> {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.text("detail")).isEqualTo(notFound);
        });
        assertThat(get(intruder, "/api/v1/segments").body().size()).isEqualTo(6);
        assertThat(get(owner, "/api/v1/segments/" + id).text("name")).isEqualTo("Lyonnais");
    }

    @Test
    void anUnknownSegmentIdIsNotFound() {
        Answer answer = get(newAccount(), "/api/v1/segments/most-active");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.text("detail")).isEqualTo("No segment most-active in this account");
    }

    @Test
    void theCountLeavesOutContactsWhoAskedNotToBeTracked() {
        String account = newAccount();
        String id = create(account, "Lyonnais", LYON).text("id");

        Answer custom = get(account, "/api/v1/segments/" + id + "/count");
        String customAsked = CONTACTS.lastBody(account, "contacts/bounds").toString();
        Answer builtIn = get(account, "/api/v1/segments/bad-mobile-numbers/count");
        String builtInAsked = CONTACTS.lastBody(account, "contacts/bounds").toString();

        assertThat(custom.body().toString())
                .isEqualTo("{\"segment\":\"" + id + "\",\"count\":42}");
        assertThat(customAsked)
                .isEqualTo("{\"criteria\":" + LYON + ",\"excludeDoNotTrack\":true}");
        assertThat(builtIn.body().toString())
                .isEqualTo("{\"segment\":\"bad-mobile-numbers\",\"count\":42}");
        assertThat(builtInAsked).isEqualTo("{\"criteria\":{\"field\":\"mobile_status\","
                + "\"op\":\"equals\",\"value\":\"invalid\"},\"excludeDoNotTrack\":true}");
    }

    @Test
    void nothingIsStoredWhileContactServiceIsDown() {
        Answer refused = post("broken", "/api/v1/segments",
                "{\"name\":\"Lyonnais\",\"criteria\":" + LYON + "}");

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.text("detail")).isEqualTo("The field catalogue could not be read"
                + " from contact-service; try again in a moment");
        assertThat(get("broken", "/api/v1/segments").body().size()).isEqualTo(6);
    }

    @Test
    void createdSegmentsAreCountedInTheMetrics() {
        create(newAccount(), "Lyonnais", LYON);

        String metrics = raw("/actuator/prometheus");

        assertThat(metrics).containsPattern("segment_creations_total(\\{[^}]*})? [1-9]");
    }

    private Answer create(String account, String name, String criteria) {
        Answer created = post(account, "/api/v1/segments",
                "{\"name\":" + quoted(name) + ",\"criteria\":" + criteria + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }
}
