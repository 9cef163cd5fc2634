package org.contactexport.export.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Segment, search and campaign-result exports: resolved through segment-service when the
 * request is accepted, kept as a snapshot with the job, sent as criteria to contact-service.
 * Its own database and consumer groups keep it apart from the other test contexts.
 */
class TargetedExportTest extends ExportServiceTest {

    private static final String DATABASE = "exports_targeted";
    private static final String ACTIVE = "{\"field\":\"email_optin\",\"op\":\"equals\","
            + "\"value\":true}";
    private static final String FROM_LYON = "{\"field\":\"custom.city\",\"op\":\"equals\","
            + "\"value\":\"Lyon\"}";

    static {
        CONTACTS.addContact("targeted", 1, Map.of("email", "jeanne.martin@example.org"));
        CONTACTS.addContact("targeted", 4, Map.of("email", "luc.bernard@example.org"));
        SEGMENTS.define("targeted", "SEGMENT", "most-active-emails",
                "Adresses email les plus actives", ACTIVE);
        SEGMENTS.unreachableFor("segments-down");
    }

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registerServers(registry, DATABASE);
        registry.add("spring.cloud.stream.bindings.planExport-in-0.group",
                () -> "targeted-planners");
        registry.add("spring.cloud.stream.bindings.writeExportPart-in-0.group",
                () -> "targeted-part-writers");
        registry.add("spring.cloud.stream.bindings.failPlanOnDeadLetter-in-0.group",
                () -> "targeted-failures");
        registry.add("spring.cloud.stream.bindings.failPartOnDeadLetter-in-0.group",
                () -> "targeted-failures");
    }

    @Test
    void segmentExportSendsTheCriteriaObjectAndLeavesOutDoNotTrackContacts() {
        Answer accepted = post("targeted", """
                {"name":"Actifs","source":{"type":"SEGMENT","id":"most-active-emails"},
                 "fields":["email"],"file":{"dialect":"data"}}""");

        JsonNode job = awaitFinished("targeted", accepted.body().get("id").asString());

        String selection = "\"criteria\":" + ACTIVE + ",\"excludeDoNotTrack\":true";
        JsonNode bounds = CONTACTS.requestsOf("targeted", "contacts/bounds").get(0);
        JsonNode stream = CONTACTS.requestsOf("targeted", "contacts/stream").get(0);
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("source").toString()).isEqualTo("{\"type\":\"SEGMENT\","
                + "\"reference\":\"most-active-emails\","
                + "\"name\":\"Adresses email les plus actives\"}");
        assertThat(bounds).isEqualTo(json.readTree("{" + selection + "}"));
        assertThat(stream).isEqualTo(json.readTree(
                "{\"fields\":[\"email\"],\"fromId\":1,\"toId\":4," + selection + "}"));
        assertThat(SEGMENTS.requestsOf("targeted").get(0).toString())
                .isEqualTo("{\"type\":\"SEGMENT\",\"id\":\"most-active-emails\"}");
    }

    @Test
    void theJobKeepsItsSnapshotWhenTheSegmentChangesAfterAcceptance() {
        String segment = "3b9d7c1e-2f4a-4c55-9d0e-6a7b8c9d0e1f";
        SEGMENTS.define("snapshot", "SEGMENT", segment, "Lyonnais", FROM_LYON);
        CONTACTS.addContact("snapshot", 7, Map.of("email", "zoe.brandt@example.com"));

        Answer accepted = post("snapshot", """
                {"name":"Lyon","source":{"type":"SEGMENT","id":"%s"},"fields":["email"]}"""
                .formatted(segment));
        SEGMENTS.define("snapshot", "SEGMENT", segment, "Parisiens",
                "{\"field\":\"custom.city\",\"op\":\"equals\",\"value\":\"Paris\"}");
        JsonNode job = awaitFinished("snapshot", accepted.body().get("id").asString());
        SEGMENTS.delete("snapshot", "SEGMENT", segment);

        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("source").get("name").asString()).isEqualTo("Lyonnais");
        assertThat(CONTACTS.requestsOf("snapshot", "contacts/stream"))
                .extracting(request -> request.get("criteria").toString())
                .containsExactly(FROM_LYON);
        assertThat(get("snapshot", accepted.location()).body().get("source").get("name")
                .asString()).isEqualTo("Lyonnais");
    }

    @Test
    void campaignResultIsResolvedByCampaignAndResultAndShownWithItsReference() {
        SEGMENTS.define("campaigns", "CAMPAIGN_RESULT", "nl-2026-11/not_opened",
                "Newsletter novembre : non ouverts", "{\"all\":[{\"activity\":{\"result\":"
                        + "\"delivered\",\"campaign\":\"nl-2026-11\"}},{\"not\":{\"activity\":"
                        + "{\"result\":\"opened\",\"campaign\":\"nl-2026-11\"}}}]}");

        Answer accepted = post("campaigns", """
                {"source":{"type":"CAMPAIGN_RESULT","campaign":"nl-2026-11",
                 "result":"not_opened","bounceCategory":null},"fields":["email"]}""");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.body().get("source").toString()).isEqualTo("{\"type\":"
                + "\"CAMPAIGN_RESULT\",\"reference\":\"nl-2026-11/not_opened\","
                + "\"name\":\"Newsletter novembre : non ouverts\"}");
        assertThat(SEGMENTS.requestsOf("campaigns").get(0).toString()).isEqualTo("{\"type\":"
                + "\"CAMPAIGN_RESULT\",\"campaign\":\"nl-2026-11\",\"result\":\"not_opened\","
                + "\"bounceCategory\":null}");
        assertThat(jdbc.queryForObject("select source_criteria from export_job"
                + " where id = ?::uuid", String.class, accepted.body().get("id").asString()))
                .isEqualTo("{\"all\":["
                + "{\"activity\":{\"result\":\"delivered\",\"campaign\":\"nl-2026-11\"}},"
                + "{\"not\":{\"activity\":{\"result\":\"opened\",\"campaign\":\"nl-2026-11\"}}}]}");
    }

    @Test
    void anUnknownSegmentIsA404NamingItAndNothingIsStored() {
        Answer refused = post("unknown", """
                {"source":{"type":"SEGMENT","id":"no-such-segment"},"fields":["email"]}""");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body().get("detail").asString())
                .isEqualTo("No segment \"no-such-segment\" in this account");
        assertThat(refused.body().get("title").asString()).isEqualTo("Source not found");
        assertThat(storedJobsOf("unknown")).isZero();
    }

    @Test
    void aResultSegmentServiceRefusesIsA400WithItsErrors() {
        Answer refused = post("campaigns", """
                {"source":{"type":"CAMPAIGN_RESULT","campaign":"nl-2026-11",
                 "result":"sneezed"},"fields":["email"]}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("detail").asString())
                .isEqualTo("The source has 1 fault; each error gives its path");
        assertThat(refused.body().get("errors").toString())
                .isEqualTo("[{\"path\":\"$.result\",\"message\":\"unknown result\"}]");
    }

    @Test
    void whileSegmentServiceIsDownATargetedExportIsA503AndNothingIsStored() {
        Answer refused = post("segments-down", """
                {"source":{"type":"SEGMENT","id":"most-active-emails"},"fields":["email"]}""");

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.body().get("detail").asString()).isEqualTo("segment-service could"
                + " not be reached to resolve the segment \"most-active-emails\"; nothing was"
                + " stored, try again in a moment");
        assertThat(storedJobsOf("segments-down")).isZero();
    }

    @Test
    void aSourceMissingOrWithoutItsTypeIdCampaignOrResultIsA400NamingTheMember() {
        Map<String, String> refusals = Map.of(
                "{\"source\":{\"type\":\"SEARCH\",\"id\":\" \"}}",
                "source.id is required for a SEARCH source: the search's id",
                "{\"source\":{\"type\":\"CAMPAIGN_RESULT\",\"result\":\"opened\"}}",
                "source.campaign is required for a CAMPAIGN_RESULT source: the campaign's id",
                "{\"source\":{\"type\":\"CAMPAIGN_RESULT\",\"campaign\":\"nl-2026-11\"}}",
                "source.result is required for a CAMPAIGN_RESULT source: the report's figure,"
                        + " e.g. \"opened\" or \"not_opened\"",
                "{\"source\":{\"type\":\"LIST\"}}",
                "source.type must be ALL, SEGMENT, SEARCH or CAMPAIGN_RESULT, not \"LIST\"",
                "{\"sourse\":{\"type\":\"SEGMENT\",\"id\":\"most-active-emails\"}}",
                "source is required: {\"type\":\"ALL\"} for the whole base, or a SEGMENT,"
                        + " SEARCH or CAMPAIGN_RESULT",
                "{\"source\":{\"typ\":\"SEGMENT\",\"id\":\"most-active-emails\"}}",
                "source.type is required: ALL, SEGMENT, SEARCH or CAMPAIGN_RESULT");

        refusals.forEach((body, detail) -> {
            Answer refused = post("targeted", body);

            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.body().get("detail").asString()).as(body).isEqualTo(detail);
        });
    }

    @Test
    void theWholeBaseKeepsDoNotTrackContactsAndAsksSegmentServiceNothing() {
        Answer accepted = post("whole", "{\"source\":{\"type\":\"ALL\"},\"fields\":[\"email\"]}");

        awaitFinished("whole", accepted.body().get("id").asString());

        assertThat(accepted.body().get("source").toString())
                .isEqualTo("{\"type\":\"ALL\",\"reference\":null,\"name\":\"Whole base\"}");
        assertThat(CONTACTS.requestsOf("whole", "contacts/bounds")).containsExactly(
                json.readTree("{\"criteria\":null,\"excludeDoNotTrack\":false}"));
        assertThat(SEGMENTS.requestsOf("whole")).isEmpty();
    }

    private long storedJobsOf(String accountId) {
        return jdbc.queryForObject("select count(*) from export_job where account_id = ?",
                Long.class, accountId);
    }
}
