package org.contactexport.delivery.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.contactexport.embedded.KafkaBroker;
import org.contactexport.embedded.PostgresServer;
import org.contactexport.embedded.SharedServers;
import org.contactexport.events.ExportCompleted;
import org.contactexport.events.Topics;
import org.contactexport.security.AccountTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=delivery-service",
        "platform.delivery.retention=30d",
        "spring.cloud.stream.bindings.registerExportFile-in-0.consumer.max-attempts=2",
        "spring.cloud.stream.bindings.registerExportFile-in-0.consumer"
                + ".back-off-initial-interval=100"
})
class FileDeliveryTest {

    private static final String SECRET = "test-secret-of-at-least-thirty-two-characters";
    private static final Path STORE = createStore();
    private static final Duration ASYNC_LIMIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        PostgresServer postgres = SharedServers.postgres();
        KafkaBroker kafka = SharedServers.kafka();
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("deliveries"));
        registry.add("spring.datasource.username", postgres::username);
        registry.add("spring.cloud.stream.kafka.binder.brokers", kafka::bootstrapServers);
        registry.add("platform.file-store.root", STORE::toString);
        registry.add("platform.security.jwt-secret", () -> SECRET);
        registry.add("platform.delivery-service.public-url", () -> "http://files.test");
        registry.add("platform.delivery.secret-key",
                () -> "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        registry.add("platform.export-service.url", () -> "http://127.0.0.1:9");
    }

    @TestConfiguration
    static class TestClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    FileRetentionJob retentionJob;

    private final HttpClient http = HttpClient.newHttpClient();
    private final KafkaTestClient kafka =
            new KafkaTestClient(SharedServers.kafka().bootstrapServers());

    @Test
    void theOwnerDownloadsTheExactBytesWithNameTypeLengthAndChecksum() throws Exception {
        String account = newAccount();
        byte[] content = "\uFEFFPrénom;Nom\r\nÉlodie;Martin\r\n".getBytes(StandardCharsets.UTF_8);
        ExportCompleted event = storeFile(account, "Clients été 2026.csv", content);

        kafka.publish(Topics.EXPORT_COMPLETED, event.exportId(), event);
        HttpResponse<byte[]> response = awaitDownload(account, event.exportId());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(content);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"Clients ete 2026.csv\"; "
                        + "filename*=UTF-8''Clients%20%C3%A9t%C3%A9%202026.csv");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValueAsLong("Content-Length"))
                .hasValue(content.length);
        assertThat(response.headers().firstValue("X-Checksum-SHA256"))
                .hasValue(sha256(content));
    }

    @Test
    void anotherAccountOrAnUnknownExportGetsNotFound() throws Exception {
        String owner = newAccount();
        ExportCompleted event = storeFile(owner, "contacts.csv", bytes("a;b\r\n"));
        kafka.publish(Topics.EXPORT_COMPLETED, event.exportId(), event);
        awaitDownload(owner, event.exportId());

        HttpResponse<String> byStranger = get(newAccount(), "/api/v1/files/" + event.exportId());
        HttpResponse<String> unknown = get(owner, "/api/v1/files/" + UUID.randomUUID());

        assertThat(byStranger.statusCode()).isEqualTo(404);
        assertThat(byStranger.body()).contains("No file for export " + event.exportId());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void aDownloadWithoutTokenIsUnauthorized() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/files/" + UUID.randomUUID()))
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aRedeliveredEventRegistersTheFileOnlyOnce() throws Exception {
        String account = newAccount();
        ExportCompleted event = storeFile(account, "twice.csv", bytes("x\r\n"));
        ExportCompleted later = storeFile(account, "later.csv", bytes("y\r\n"));
        kafka.publish(Topics.EXPORT_COMPLETED, event.exportId(), event);
        awaitDownload(account, event.exportId());
        String firstListing = get(account, "/api/v1/files").body();

        kafka.publish(Topics.EXPORT_COMPLETED, event.exportId(), event);
        kafka.publish(Topics.EXPORT_COMPLETED, later.exportId(), later);
        awaitDownload(account, later.exportId());

        String listing = get(account, "/api/v1/files").body();
        assertThat(listing).contains("\"totalItems\":2");
        assertThat(occurrences(listing, event.exportId().toString())).isEqualTo(2);
        assertThat(listing).contains(firstListing.substring(
                firstListing.indexOf("\"exportId\""), firstListing.indexOf("\"status\"")));
    }

    @Test
    void theListingShowsOnlyTheAccountsFilesNewestFirst() throws Exception {
        String account = newAccount();
        ExportCompleted older = storeFile(account, "older.csv", bytes("1\r\n"));
        ExportCompleted newer = storeFile(account, "newer.csv", bytes("2\r\n"));
        ExportCompleted strangers = storeFile(newAccount(), "other.csv", bytes("3\r\n"));
        kafka.publish(Topics.EXPORT_COMPLETED, older.exportId(), older);
        awaitDownload(account, older.exportId());
        kafka.publish(Topics.EXPORT_COMPLETED, newer.exportId(), newer);
        kafka.publish(Topics.EXPORT_COMPLETED, strangers.exportId(), strangers);
        awaitDownload(account, newer.exportId());

        HttpResponse<String> listing = get(account, "/api/v1/files?page=0&size=10");

        assertThat(listing.statusCode()).isEqualTo(200);
        assertThat(listing.body())
                .contains("\"totalItems\":2")
                .contains("\"downloadUrl\":\"http://files.test/api/v1/files/"
                        + newer.exportId() + "\"")
                .doesNotContain(strangers.exportId().toString());
        assertThat(listing.body().indexOf("newer.csv"))
                .isLessThan(listing.body().indexOf("older.csv"));
    }

    @Test
    void theDownloadIsDocumentedInTheOpenApiDescription() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/v3/api-docs")).build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"/api/v1/files/{exportId}\"")
                .contains("The file's retention has ended");
    }

    @Test
    void aTooLargePageIsRefusedNamingTheParameter() throws Exception {
        HttpResponse<String> response = get(newAccount(), "/api/v1/files?size=500");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("\"detail\":\"size: must be less than or equal to 100\"");
    }

    @Test
    void afterItsRetentionTheFileIsDeletedAndItsDownloadIsGone() throws Exception {
        String account = newAccount();
        ExportCompleted event = storeFile(account, "old.csv", bytes("old\r\n"));
        kafka.publish(Topics.EXPORT_COMPLETED, event.exportId(), event);
        awaitDownload(account, event.exportId());

        clock.advance(Duration.ofDays(30).plusMinutes(1));
        retentionJob.deleteExpiredFiles();

        HttpResponse<String> response = get(account, "/api/v1/files/" + event.exportId());
        assertThat(response.statusCode()).isEqualTo(410);
        assertThat(response.body()).contains("\"title\":\"File expired\"")
                .contains("expired on").contains("run the export again");
        assertThat(STORE.resolve(event.fileLocation())).doesNotExist();
        assertThat(STORE.resolve(account)).doesNotExist();
        assertThat(get(account, "/api/v1/files").body()).contains("\"status\":\"EXPIRED\"");
    }

    @Test
    void anEventWhoseFileIsNotInTheStoreEndsOnTheDeadLetterTopicAfterRetries() {
        UUID exportId = UUID.randomUUID();
        String account = newAccount();
        ExportCompleted missing = event(account, exportId, account + "/" + exportId + "/gone.csv",
                "gone.csv", bytes("never written"));

        kafka.publish(Topics.EXPORT_COMPLETED, exportId, missing);

        await().atMost(ASYNC_LIMIT).untilAsserted(() -> assertThat(
                kafka.keysOn(Topics.EXPORT_COMPLETED + Topics.DEAD_LETTER_SUFFIX))
                .contains(exportId.toString()));
    }

    @Test
    void aForgedEventPointingAtAnotherAccountsFileIsRefusedAndNeverDownloadable()
            throws Exception {
        // given
        String fleurs = newAccount();
        String velos = newAccount();
        ExportCompleted fleursExport = storeFile(fleurs, "clients.csv", bytes("secret;rows\n"));
        UUID forgedId = UUID.randomUUID();
        ExportCompleted forged = event(velos, forgedId, fleursExport.fileLocation(),
                "clients.csv", bytes("secret;rows\n"));

        // when
        kafka.publish(Topics.EXPORT_COMPLETED, forgedId, forged);

        // then
        await().atMost(ASYNC_LIMIT).untilAsserted(() -> assertThat(
                kafka.keysOn(Topics.EXPORT_COMPLETED + Topics.DEAD_LETTER_SUFFIX))
                .contains(forgedId.toString()));
        assertThat(get(velos, "/api/v1/files/" + forgedId).statusCode()).isEqualTo(404);
        assertThat(get(velos, "/api/v1/files").body()).doesNotContain(forgedId.toString());
        assertThat(STORE.resolve(fleursExport.fileLocation())).exists();
    }

    @Test
    void anEventWhoseLocationClimbsOutOfItsFolderIsRefused() throws Exception {
        // given
        String fleurs = newAccount();
        String velos = newAccount();
        ExportCompleted fleursExport = storeFile(fleurs, "clients.csv", bytes("secret;rows\n"));
        UUID forgedId = UUID.randomUUID();
        String climbing = velos + "/" + forgedId + "/../../" + fleursExport.fileLocation();
        ExportCompleted forged = event(velos, forgedId, climbing, "clients.csv",
                bytes("secret;rows\n"));

        // when
        kafka.publish(Topics.EXPORT_COMPLETED, forgedId, forged);

        // then
        await().atMost(ASYNC_LIMIT).untilAsserted(() -> assertThat(
                kafka.keysOn(Topics.EXPORT_COMPLETED + Topics.DEAD_LETTER_SUFFIX))
                .contains(forgedId.toString()));
        assertThat(get(velos, "/api/v1/files/" + forgedId).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyTheExportsOwnFolderAndPlainFileNameAreAcceptedLocations() {
        // given
        UUID id = UUID.randomUUID();
        String own = "velos/" + id + "/clients.csv";

        // when / then
        assertThat(ExpectedFileLocation.isRespectedBy(
                event("velos", id, own, "clients.csv", bytes("")))).isTrue();
        assertThat(ExpectedFileLocation.isRespectedBy(
                event("velos", id, "velos/./" + id + "/clients.csv", "clients.csv", bytes(""))))
                .isTrue();
        assertThat(ExpectedFileLocation.isRespectedBy(
                event("velos", id, "fleurs/" + id + "/clients.csv", "clients.csv", bytes(""))))
                .isFalse();
        assertThat(ExpectedFileLocation.isRespectedBy(
                event("velos", id, "velos/" + UUID.randomUUID() + "/clients.csv", "clients.csv",
                        bytes("")))).isFalse();
        assertThat(ExpectedFileLocation.isRespectedBy(
                event("velos", id, "/velos/" + id + "/clients.csv", "clients.csv", bytes(""))))
                .isFalse();
        assertThat(ExpectedFileLocation.isRespectedBy(
                event("velos", id, "velos/" + id + "/a/clients.csv", "a/clients.csv",
                        bytes("")))).isFalse();
        assertThat(ExpectedFileLocation.isRespectedBy(
                event("velos", id, "velos/" + id + "/other.csv", "clients.csv", bytes(""))))
                .isFalse();
        assertThat(ExpectedFileLocation.isRespectedBy(
                event("..", id, "../" + id + "/clients.csv", "clients.csv", bytes(""))))
                .isFalse();
    }

    private HttpResponse<byte[]> awaitDownload(String account, UUID exportId) {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/files/" + exportId))
                .header("Authorization", "Bearer " + token(account))
                .build();
        return await().atMost(ASYNC_LIMIT).until(
                () -> http.send(request, HttpResponse.BodyHandlers.ofByteArray()),
                response -> response.statusCode() == 200);
    }

    private HttpResponse<String> get(String account, String path)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token(account))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String token(String account) {
        return AccountTokens.issue(SECRET, account, "user-1", Duration.ofMinutes(10));
    }

    private static ExportCompleted storeFile(String account, String fileName, byte[] content)
            throws IOException {
        UUID exportId = UUID.randomUUID();
        String location = account + "/" + exportId + "/" + fileName;
        Path file = STORE.resolve(location);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return event(account, exportId, location, fileName, content);
    }

    private static ExportCompleted event(String account, UUID exportId, String location,
            String fileName, byte[] content) {
        return new ExportCompleted(ExportCompleted.VERSION, exportId, account, "Clients",
                "ALL", "Whole base", List.of("first_name", "last_name"), location, fileName,
                "text/csv; charset=UTF-8", 1, content.length, sha256(content), List.of(),
                null, Instant.parse("2026-06-01T08:30:00Z"));
    }

    private static String newAccount() {
        return "acc-" + UUID.randomUUID();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int occurrences(String text, String part) {
        return text.split(part, -1).length - 1;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path createStore() {
        try {
            return Files.createTempDirectory("file-store");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
