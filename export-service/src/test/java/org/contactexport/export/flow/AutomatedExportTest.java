package org.contactexport.export.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.contactexport.embedded.SharedServers;
import org.contactexport.events.DeliveryCompleted;
import org.contactexport.events.DeliveryFailed;
import org.contactexport.events.DeliveryScheduled;
import org.contactexport.events.ExportSource;
import org.contactexport.events.FileOptions;
import org.contactexport.events.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Automated exports: delivery-service's events published on the real broker create the job
 * of a scheduled run and record what became of its delivery. Its own database, consumer
 * groups and delivery topics keep it apart from the other test contexts.
 */
class AutomatedExportTest extends ExportServiceTest {

    private static final String DATABASE = "exports_automated";
    private static final String SCHEDULED = "automated-test.delivery-scheduled";
    private static final String COMPLETED = "automated-test.delivery-completed";
    private static final String FAILED = "automated-test.delivery-failed";
    private static final KafkaProducer<String, String> PRODUCER = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafka().bootstrapServers()),
            new StringSerializer(), new StringSerializer());
    private static final String ACTIVE = "{\"field\":\"email_optin\",\"op\":\"equals\","
            + "\"value\":true}";

    static {
        CONTACTS.addContact("scheduled", 3, Map.of("email", "zoe.brandt@example.com"));
        SEGMENTS.define("scheduled", "SEGMENT", "most-active-emails",
                "Adresses email les plus actives", ACTIVE);
        SEGMENTS.unreachableFor("segments-down");
    }

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registerServers(registry, DATABASE);
        Map.of("planExport", "automated-planners", "writeExportPart", "automated-part-writers",
                "failPlanOnDeadLetter", "automated-failures",
                "failPartOnDeadLetter", "automated-failures")
                .forEach((function, group) -> registry.add(
                        "spring.cloud.stream.bindings." + function + "-in-0.group",
                        () -> group));
        Map.of("createScheduledExport", SCHEDULED, "recordDeliveryCompleted", COMPLETED,
                "recordDeliveryFailed", FAILED, "failScheduledExportOnDeadLetter",
                SCHEDULED + ".dlq")
                .forEach((function, topic) -> registry.add(
                        "spring.cloud.stream.bindings." + function + "-in-0.destination",
                        () -> topic));
        registry.add("spring.cloud.stream.kafka.bindings.createScheduledExport-in-0.consumer"
                + ".dlq-name", () -> SCHEDULED + ".dlq");
    }

    @AfterAll
    static void closeProducer() {
        PRODUCER.close(Duration.ofSeconds(5));
    }

    @Test
    void aScheduledRunCreatesOneAutomatedExportWhoseIdIsTheRunIdEvenWhenRedelivered() {
        UUID scheduleId = UUID.randomUUID();
        DeliveryScheduled run = run(scheduleId, "acme", ExportSource.wholeBase());
        DeliveryScheduled later = run(scheduleId, "acme", ExportSource.wholeBase());

        publish(SCHEDULED, scheduleId, run);
        publish(SCHEDULED, scheduleId, run);
        publish(SCHEDULED, scheduleId, later);
        JsonNode job = awaitFinished("acme", run.runId().toString());
        awaitFinished("acme", later.runId().toString());

        JsonNode history = get("acme", "/api/v1/exports?scheduleId=" + scheduleId).body();
        assertThat(history.get("total").asLong()).isEqualTo(2);
        assertThat(history.get("items")).extracting(item -> item.get("id").asString())
                .containsExactly(later.runId().toString(), run.runId().toString());
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("name").asString()).isEqualTo("Flux quotidien");
        assertThat(job.get("automated").asBoolean()).isTrue();
        assertThat(job.get("schedule").toString()).isEqualTo("{\"id\":\"" + scheduleId
                + "\",\"name\":\"Chaque matin\"}");
        assertThat(job.get("requestedBy").asString()).isEqualTo("alice");
        assertThat(job.get("rows").asLong()).isEqualTo(5);
        assertThat(job.get("file").toString()).isEqualTo("{\"dialect\":\"data\",\"delimiter\":"
                + "\",\",\"bom\":false,\"header\":\"keys\",\"timeZone\":\"Europe/Paris\"}");
        assertThat(job.get("delivery").toString()).isEqualTo("{\"status\":\"PENDING\","
                + "\"remotePath\":null,\"reason\":null,\"at\":null}");
        JsonNode completed = json.readTree(awaitEvent(Topics.EXPORT_COMPLETED,
                run.runId().toString()));
        assertThat(completed.get("scheduleId").asString()).isEqualTo(scheduleId.toString());
        assertThat(completed.get("notifyUserIds").toString()).isEqualTo("[\"alice\"]");
    }

    @Test
    void aScheduledSegmentIsResolvedAgainAtTheRun() {
        UUID scheduleId = UUID.randomUUID();
        DeliveryScheduled run = run(scheduleId, "scheduled", new ExportSource("SEGMENT",
                "most-active-emails", "Adresses email les plus actives", null, true));

        publish(SCHEDULED, scheduleId, run);
        JsonNode job = awaitFinished("scheduled", run.runId().toString());

        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("source").toString()).isEqualTo("{\"type\":\"SEGMENT\","
                + "\"reference\":\"most-active-emails\","
                + "\"name\":\"Adresses email les plus actives\"}");
        assertThat(CONTACTS.requestsOf("scheduled", "contacts/bounds")).containsExactly(
                json.readTree("{\"criteria\":" + ACTIVE + ",\"excludeDoNotTrack\":true}"));
    }

    @Test
    void aScheduledRunOfADeletedSegmentFailsAndTellsTheUsers() {
        UUID scheduleId = UUID.randomUUID();
        DeliveryScheduled run = run(scheduleId, "scheduled", new ExportSource("SEGMENT",
                "2c6f1d3e-0a4b-4e8f-9c7d-1b2a3c4d5e6f", "Anciens clients", null, true));

        publish(SCHEDULED, scheduleId, run);
        JsonNode job = awaitFinished("scheduled", run.runId().toString());

        String reason = "The scheduled export could not start: No segment"
                + " \"2c6f1d3e-0a4b-4e8f-9c7d-1b2a3c4d5e6f\" in this account";
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("failureReason").asString()).isEqualTo(reason);
        assertThat(job.get("source").get("name").asString()).isEqualTo("Anciens clients");
        assertThat(job.get("delivery").isNull()).isTrue();
        JsonNode failed = json.readTree(awaitEvent(Topics.EXPORT_FAILED,
                run.runId().toString()));
        assertThat(failed.get("reason").asString()).isEqualTo(reason);
        assertThat(failed.get("scheduleId").asString()).isEqualTo(scheduleId.toString());
        assertThat(failed.get("notifyUserIds").toString()).isEqualTo("[\"alice\"]");
    }

    @Test
    void aRunWhoseSegmentServiceNeverAnswersFailsOnceItsRetriesRunOut() {
        UUID scheduleId = UUID.randomUUID();
        DeliveryScheduled run = run(scheduleId, "segments-down", new ExportSource("SEARCH",
                "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "Recherche Lyon", null, true));

        publish(SCHEDULED, scheduleId, run);
        JsonNode job = awaitFinished("segments-down", run.runId().toString());

        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("failureReason").asString()).isEqualTo("The scheduled export could"
                + " not start: contact-service or segment-service did not answer after several"
                + " attempts");
        assertThat(json.readTree(awaitEvent(Topics.EXPORT_FAILED, run.runId().toString()))
                .get("scheduleId").asString()).isEqualTo(scheduleId.toString());
    }

    @Test
    void deliveryCompletedIsRecordedOnceAndALaterFailureChangesNothing() {
        UUID scheduleId = UUID.randomUUID();
        DeliveryScheduled run = run(scheduleId, "acme", ExportSource.wholeBase());
        DeliveryScheduled other = run(scheduleId, "acme", ExportSource.wholeBase());
        publish(SCHEDULED, scheduleId, run);
        publish(SCHEDULED, scheduleId, other);
        awaitFinished("acme", run.runId().toString());
        awaitFinished("acme", other.runId().toString());
        Instant deliveredAt = Instant.parse("2026-12-04T06:00:05Z");

        publish(COMPLETED, run.runId(), delivered(run, deliveredAt));
        publish(COMPLETED, run.runId(), delivered(run, deliveredAt.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(30)).until(() -> delivery(run).contains("DELIVERED"));
        // Same key, so the other export's failure is read after this one's.
        publish(FAILED, run.runId(), failure(run, "authentication refused"));
        publish(FAILED, run.runId(), failure(other, "authentication refused"));
        await().atMost(Duration.ofSeconds(30)).until(() -> delivery(other).contains("FAILED"));

        assertThat(delivery(run)).isEqualTo("{\"status\":\"DELIVERED\",\"remotePath\":"
                + "\"/outgoing/flux-quotidien.csv\",\"reason\":null,"
                + "\"at\":\"2026-12-04T06:00:05Z\"}");
    }

    @Test
    void deliveryFailedIsRecordedWithItsReason() {
        UUID scheduleId = UUID.randomUUID();
        DeliveryScheduled run = run(scheduleId, "acme", ExportSource.wholeBase());
        publish(SCHEDULED, scheduleId, run);
        awaitFinished("acme", run.runId().toString());

        publish(FAILED, run.runId(), failure(run, "authentication refused"));

        await().atMost(Duration.ofSeconds(30)).until(() -> delivery(run).equals(
                "{\"status\":\"FAILED\",\"remotePath\":\"/outgoing/flux.csv\","
                        + "\"reason\":\"authentication refused\","
                        + "\"at\":\"2026-12-04T06:10:00Z\"}"));
    }

    @Test
    void lastAutomatedGivesTheNewestAutomatedExportOfTheAccountOrOfASchedule() {
        UUID scheduleId = UUID.randomUUID();
        DeliveryScheduled first = run(scheduleId, "latest", ExportSource.wholeBase());
        DeliveryScheduled second = run(scheduleId, "latest", ExportSource.wholeBase());
        Answer none = get("latest", "/api/v1/exports/last-automated");
        post("latest", "{\"name\":\"Manuel\",\"source\":{\"type\":\"ALL\"},"
                        + "\"fields\":[\"email\"]}");

        publish(SCHEDULED, scheduleId, first);
        publish(SCHEDULED, scheduleId, second);
        awaitFinished("latest", second.runId().toString());
        post("latest", "{\"name\":\"Manuel ensuite\",\"source\":{\"type\":\"ALL\"},"
                        + "\"fields\":[\"email\"]}");

        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body().get("detail").asString())
                .isEqualTo("No automated export in this account yet");
        assertThat(get("latest", "/api/v1/exports/last-automated").body().get("id").asString())
                .isEqualTo(second.runId().toString());
        assertThat(get("latest", "/api/v1/exports/last-automated?scheduleId=" + scheduleId)
                .body().get("id").asString()).isEqualTo(second.runId().toString());
        assertThat(get("latest", "/api/v1/exports/last-automated?scheduleId="
                + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(get("latest", "/api/v1/exports?automated=true").body().get("total").asLong())
                .isEqualTo(2);
        assertThat(get("latest", "/api/v1/exports?automated=false").body().get("items"))
                .extracting(item -> item.get("name").asString())
                .containsExactly("Manuel ensuite", "Manuel");
    }

    @Test
    void historyFiltersOfTheWrongShapeSayWhatToFix() {
        Map<String, String> refusals = Map.of(
                "/api/v1/exports?automated=maybe", "automated must be true or false,"
                        + " not \"maybe\"",
                "/api/v1/exports?scheduleId=daily", "scheduleId must be a schedule id"
                        + " (a UUID), not \"daily\"",
                "/api/v1/exports?automated=false&scheduleId=" + UUID.randomUUID(),
                "scheduleId selects automated exports: drop automated=false or scheduleId",
                "/api/v1/exports/last-automated?scheduleId=daily", "scheduleId must be a"
                        + " schedule id (a UUID), not \"daily\"");

        refusals.forEach((path, detail) -> {
            Answer refused = get("acme", path);

            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.body().get("detail").asString()).as(path).isEqualTo(detail);
        });
    }

    @Test
    void theOpenApiDocumentDescribesTheSourcesAndTheAutomatedExports() {
        JsonNode document = get("acme", "/v3/api-docs").body();

        JsonNode examples = document.at("/paths/~1api~1v1~1exports/post/requestBody/content"
                + "/application~1json/examples");
        assertThat(examples.propertyNames()).containsExactlyInAnyOrder("whole base",
                "segment", "search", "campaign result");
        assertThat(document.get("paths").has("/api/v1/exports/last-automated")).isTrue();
        assertThat(document.at("/components/schemas/SourceBody/properties").propertyNames())
                .containsExactly("type", "id", "campaign", "result", "bounceCategory");
    }

    @Test
    void theInternalApiGivesAnExportAsAScheduleTemplate() {
        Answer accepted = post("acme", """
                {"name":"Modèle","source":{"type":"ALL"},
                "fields":["email","mobile"],"file":{"dialect":"data"}}""");
        String id = accepted.body().get("id").asString();

        Answer template = get("acme", "/internal/v1/accounts/acme/exports/" + id);
        Answer foreign = get("acme", "/internal/v1/accounts/intruder/exports/" + id);

        assertThat(template.status()).isEqualTo(200);
        assertThat(template.body()).isEqualTo(json.readTree("""
                {"id":"%s","name":"Modèle","status":"%s","automated":false,
                 "source":{"type":"ALL","reference":null,"name":"Whole base"},
                 "fields":["email","mobile"],
                 "file":{"dialect":"data","delimiter":",","bom":false,"header":"keys",
                         "timeZone":"Europe/Paris"}}""".formatted(id,
                template.body().get("status").asString())));
        assertThat(foreign.status()).isEqualTo(404);
    }

    private static DeliveryScheduled run(UUID scheduleId, String accountId,
            ExportSource source) {
        return new DeliveryScheduled(DeliveryScheduled.VERSION, scheduleId, UUID.randomUUID(),
                accountId, "alice", "Flux quotidien", "Chaque matin", source,
                List.of("email"), null, List.of("alice"), Instant.parse("2026-12-04T06:00:00Z"));
    }

    private static DeliveryCompleted delivered(DeliveryScheduled run, Instant at) {
        return new DeliveryCompleted(DeliveryCompleted.VERSION, UUID.randomUUID(),
                run.scheduleId(), run.scheduleName(), run.runId(), run.accountId(),
                "/outgoing/flux-quotidien.csv", 300, "ab", 1, at);
    }

    private static DeliveryFailed failure(DeliveryScheduled run, String reason) {
        return new DeliveryFailed(DeliveryFailed.VERSION, UUID.randomUUID(), run.scheduleId(),
                run.scheduleName(), run.runId(), run.accountId(), "/outgoing/flux.csv", reason,
                5, List.of("alice"), Instant.parse("2026-12-04T06:10:00Z"));
    }

    private void publish(String topic, UUID key, Object event) {
        try {
            PRODUCER.send(new ProducerRecord<>(topic, key.toString(),
                    json.writeValueAsString(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("The test could not publish to " + topic, e);
        }
    }

    private String delivery(DeliveryScheduled run) {
        return get(run.accountId(), "/api/v1/exports/" + run.runId()).body().get("delivery")
                .toString();
    }
}
