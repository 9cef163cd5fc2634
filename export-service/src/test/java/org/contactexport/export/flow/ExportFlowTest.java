package org.contactexport.export.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.contactexport.events.ExportRequested;
import org.contactexport.events.ExportSource;
import org.contactexport.events.FileOptions;
import org.contactexport.events.Topics;
import org.contactexport.export.job.ExportParts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

class ExportFlowTest extends ExportServiceTest {

    private static final String DATABASE = "exports_flow";

    @Autowired
    @Qualifier("planExport")
    Consumer<ExportRequested> planExport;

    @Autowired
    ExportParts parts;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registerServers(registry, DATABASE);
    }

    @Test
    void exportOfFiveContactsCompletesWithTheExactFileAndAnnouncesIt() throws Exception {
        Answer accepted = post("acme", """
                {"name":"Base complète","source":{"type":"ALL"},"fields":%s,"notify":["u-2"]}
                """.formatted(FIELDS));

        JsonNode job = awaitFinished("acme", accepted.body().get("id").asString());

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.location()).isEqualTo("/api/v1/exports/" + job.get("id").asString());
        assertThat(accepted.body().get("status").asString()).isEqualTo("REQUESTED");
        String exportId = job.get("id").asString();
        Path file = fileStore(DATABASE).resolve("acme/" + exportId + "/base-complete.csv");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(FIVE_CONTACTS_SPREADSHEET);
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("rows").asLong()).isEqualTo(5);
        assertThat(job.get("bytes").asLong()).isEqualTo(bytes.length);
        assertThat(job.get("sha256").asString()).isEqualTo(sha256(bytes));
        assertThat(job.get("fileName").asString()).isEqualTo("base-complete.csv");
        assertThat(job.get("downloadUrl").asString())
                .isEqualTo(DELIVERY_URL + "/api/v1/files/" + exportId);
        assertThat(job.get("progress").toString())
                .isEqualTo("{\"partsDone\":1,\"partsTotal\":1,\"rowsWritten\":5,\"percent\":100}");
        assertThat(Files.exists(fileStore(DATABASE).resolve(".work/" + exportId))).isFalse();

        JsonNode completed = json.readTree(awaitEvent(Topics.EXPORT_COMPLETED, exportId));
        assertThat(completed.get("fileLocation").asString())
                .isEqualTo("acme/" + exportId + "/base-complete.csv");
        assertThat(completed.get("rows").asLong()).isEqualTo(5);
        assertThat(completed.get("sha256").asString()).isEqualTo(sha256(bytes));
        assertThat(completed.get("notifyUserIds").toString()).isEqualTo("[\"u-2\"]");
        assertThat(completed.get("completedAt").asString())
                .isEqualTo(job.get("completedAt").asString());
        assertThat(completed.get("contentType").asString())
                .isEqualTo("text/csv; charset=UTF-8");
    }

    @Test
    void emptyBaseGivesAHeaderOnlyFile() throws Exception {
        Answer accepted = post("empty", """
                {"name":"Rien","source":{"type":"ALL"},"fields":["email","first_name"]}
                """);

        JsonNode job = awaitFinished("empty", accepted.body().get("id").asString());

        Path file = fileStore(DATABASE)
                .resolve("empty/" + job.get("id").asString() + "/rien.csv");
        assertThat(Files.readString(file)).isEqualTo("\ufeffAdresse Email;Prénom\r\n");
        assertThat(job.get("rows").asLong()).isZero();
    }

    @Test
    void dataDialectWritesValuesAsStoredWithKeysAsHeader() throws Exception {
        Answer accepted = post("acme", """
                {"name":"Feed","source":{"type":"ALL"},"fields":["email","mobile","email_optin"],
                 "file":{"dialect":"data"}}
                """);

        JsonNode job = awaitFinished("acme", accepted.body().get("id").asString());

        Path file = fileStore(DATABASE).resolve("acme/" + job.get("id").asString() + "/feed.csv");
        assertThat(Files.readString(file)).isEqualTo("email,mobile,email_optin\r\n"
                + "jeanne.martin@example.org,+33612345678,true\r\n"
                + "luc.bernard@example.org,,false\r\n"
                + "zoe.brandt@example.com,+33700000000,true\r\n"
                + "anna.roux@example.net,,\r\n"
                + "tom.lefevre@example.net,0612345678,false\r\n");
        assertThat(job.get("file").toString()).isEqualTo("{\"dialect\":\"data\",\"delimiter\":"
                + "\",\",\"bom\":false,\"header\":\"keys\",\"timeZone\":\"Europe/Paris\"}");
    }

    @Test
    void mainFieldsAreTheCatalogueMainFieldsInCatalogueOrder() {
        Answer accepted = post("acme", "{\"source\":{\"type\":\"ALL\"},\"fields\":\"MAIN\"}");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.body().get("fields").toString()).isEqualTo(
                "[\"first_name\",\"email\",\"mobile\",\"email_optin\",\"created_at\"]");
        assertThat(accepted.body().get("name").asString()).startsWith("Export 20");
    }

    @Test
    void unknownFieldIsRefusedWithTheValidKeys() {
        Answer refused = post("acme", "{\"source\":{\"type\":\"ALL\"},"
                        + "\"fields\":[\"email\",\"fax\"]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("unknownFields").toString()).isEqualTo("[\"fax\"]");
        assertThat(refused.body().get("validFields").toString()).isEqualTo("[\"first_name\","
                + "\"email\",\"company\",\"mobile\",\"email_optin\",\"created_at\","
                + "\"custom.notes\"]");
        assertThat(refused.body().get("detail").asString())
                .isEqualTo("Unknown field(s): fax. Use keys from validFields.");
    }

    @Test
    void badRequestsSayWhatToFix() {
        Map<String, String> refusals = Map.of(
                "{\"source\":{\"type\":\"ALL\"},"
                + "\"fields\":[]}", "fields must name at least one field",
                "{\"source\":{\"type\":\"ALL\"},"
                + "\"fields\":[\"email\",\"email\"]}", "fields names \"email\" twice",
                "{\"file\":{\"delimiter\":\"\\\"\"}}", "file.delimiter must be one character"
                        + " other than a double quote or a control character (TAB is allowed),"
                        + " e.g. \";\" or \",\"",
                "{\"file\":{\"dialect\":\"excel\"}}",
                "file.dialect must be \"spreadsheet\" or \"data\", not \"excel\"",
                "{\"file\":{\"timeZone\":\"Mars/Olympus\"}}", "file.timeZone must be an IANA"
                        + " time zone such as Europe/Paris, not \"Mars/Olympus\"",
                "{\"source\":{\"type\":\"SEGMENT\"}}",
                "source.id is required for a SEGMENT source: the segment's id");

        refusals.forEach((body, detail) -> {
            Answer refused = post("acme", body);

            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.body().get("detail").asString()).as(body).isEqualTo(detail);
        });
    }

    @Test
    void anotherAccountDoesNotSeeTheExport() {
        Answer accepted = post("acme", "{\"source\":{\"type\":\"ALL\"},\"fields\":[\"email\"]}");

        Answer foreign = get("intruder", accepted.location());

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(get("intruder", "/api/v1/exports").body().get("total").asLong()).isZero();
    }

    @Test
    void historyListsTheAccountsExportsNewestFirst() {
        String first = post("history", "{\"name\":\"First\",\"source\":{\"type\":\"ALL\"},"
                        + "\"fields\":[\"email\"]}")
                .body().get("id").asString();
        String second = post("history", "{\"name\":\"Second\",\"source\":{\"type\":\"ALL\"},"
                        + "\"fields\":[\"email\"]}")
                .body().get("id").asString();

        JsonNode page = get("history", "/api/v1/exports?page=0&size=20").body();

        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(second);
        assertThat(page.get("items").get(1).get("id").asString()).isEqualTo(first);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
    }

    @Test
    void redeliveredExportRequestedCreatesNoSecondPlan() {
        String exportId = post("acme", "{\"name\":\"Once\",\"source\":{\"type\":\"ALL\"},"
                        + "\"fields\":[\"email\"]}")
                .body().get("id").asString();
        awaitFinished("acme", exportId);
        ExportRequested redelivered = new ExportRequested(ExportRequested.VERSION,
                UUID.fromString(exportId), "acme", "user-1", "Once", ExportSource.wholeBase(),
                List.of("email"), new FileOptions("spreadsheet", ";", true, "labels_fr",
                        "Europe/Paris"), null, Instant.now());

        planExport.accept(redelivered);

        JsonNode job = get("acme", "/api/v1/exports/" + exportId).body();
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("progress").get("partsTotal").asInt()).isEqualTo(1);
        assertThat(parts.findByExport(UUID.fromString(exportId))).hasSize(1);
    }

    @Test
    void openApiDocumentDescribesTheExportApi() {
        Answer document = get("acme", "/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().get("paths").has("/api/v1/exports/{id}")).isTrue();
    }

    @Test
    void exportFailsWithAReadableReasonOnceTheRetriesRunOut() {
        String exportId = post("broken", "{\"name\":\"Doomed\",\"source\":{\"type\":\"ALL\"},"
                        + "\"fields\":[\"email\"]}")
                .body().get("id").asString();

        JsonNode job = awaitFinished("broken", exportId);

        String reason = "contact-service could not stream the contacts (HTTP 500)";
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("failureReason").asString()).isEqualTo(reason);
        assertThat(job.get("downloadUrl").isNull()).isTrue();
        JsonNode failed = json.readTree(awaitEvent(Topics.EXPORT_FAILED, exportId));
        assertThat(failed.get("reason").asString()).isEqualTo(reason);
    }

    @Test
    void anEventCommittedButNotYetPublishedIsPublishedAfterwards() {
        String exportId = UUID.randomUUID().toString();
        String payload = "{\"version\":1,\"exportId\":\"" + exportId + "\"}";

        jdbc.update("insert into outbox_event (topic, message_key, payload, created_at)"
                + " values (?, ?, ?, now())", Topics.EXPORT_FAILED, exportId, payload);

        assertThat(awaitEvent(Topics.EXPORT_FAILED, exportId)).isEqualTo(payload);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select sent_at is not null from outbox_event where message_key = ?",
                Boolean.class, exportId));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
