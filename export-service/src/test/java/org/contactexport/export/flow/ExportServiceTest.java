package org.contactexport.export.flow;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.contactexport.embedded.KafkaBroker;
import org.contactexport.embedded.PostgresServer;
import org.contactexport.embedded.SharedServers;
import org.contactexport.export.ExportServiceApplication;
import org.contactexport.security.AccountTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service against a real PostgreSQL and a real Kafka broker, with contact-service stood in
 * by a small HTTP server holding five contacts of the account "acme" and none of "empty",
 * and segment-service by another that resolves the sources each test defines.
 */
@SpringBootTest(classes = ExportServiceApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=export-service", "server.address=127.0.0.1"})
abstract class ExportServiceTest {

    static final String SECRET = "a-test-secret-of-at-least-thirty-two-characters";
    static final String DELIVERY_URL = "http://127.0.0.1:8084";
    static final FakeContactService CONTACTS = startContacts();
    static final FakeSegmentService SEGMENTS = startSegments();

    /** The five contacts of "acme" in the spreadsheet dialect, fields of {@link #FIELDS}. */
    static final String FIVE_CONTACTS_SPREADSHEET = "\ufeff"
            + "Adresse Email;Raison Sociale;Mobile (pour SMS);Opt-In Email;Contact ajouté le;"
            + "Notes\r\n"
            + "jeanne.martin@example.org;Martin, Dupont & Fils;\"=\"\"+33612345678\"\"\";Oui;"
            + "2024-01-05 11:30:00;\"Prefers \"\"Jeanne\"\"\"\r\n"
            + "luc.bernard@example.org;\"Café; Bar Léon\";;Non;2024-07-15 00:15:09;"
            + "\"Line one\nLine two\"\r\n"
            + "zoe.brandt@example.com;O'Neil Ltd;\"=\"\"+33700000000\"\"\";Oui;"
            + "2024-02-01 09:00:00;\"=\"\"=1+1\"\"\"\r\n"
            + "anna.roux@example.net;ACME;;;;\r\n"
            + "tom.lefevre@example.net;D02 X285;\"=\"\"0612345678\"\"\";Non;"
            + "2025-01-01 00:00:00;\"=\"\"01000\"\"\"\r\n";

    static final String FIELDS =
            "[\"email\",\"company\",\"mobile\",\"email_optin\",\"created_at\",\"custom.notes\"]";

    final JsonMapper json = JsonMapper.builder().build();
    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    static void registerServers(DynamicPropertyRegistry registry, String database) {
        PostgresServer postgres = SharedServers.postgres();
        KafkaBroker kafka = SharedServers.kafka();
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl(database));
        registry.add("spring.datasource.username", postgres::username);
        registry.add("spring.cloud.stream.kafka.binder.brokers", kafka::bootstrapServers);
        registry.add("platform.security.jwt-secret", () -> SECRET);
        registry.add("platform.contact-service.url", CONTACTS::url);
        registry.add("platform.notification-service.url", CONTACTS::url);
        registry.add("platform.segment-service.url", SEGMENTS::url);
        registry.add("platform.delivery-service.public-url", () -> DELIVERY_URL);
        registry.add("platform.file-store.root", () -> temporaryFolder(database).toString());
        registry.add("platform.outbox.poll-interval-ms", () -> "100");
    }

    static Path fileStore(String database) {
        return temporaryFolder(database);
    }

    private static Path temporaryFolder(String database) {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "export-service-test",
                database + "-" + ProcessHandle.current().pid());
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FakeContactService startContacts() {
        try {
            FakeContactService contacts = new FakeContactService();
            contacts.addContact("acme", 1, Map.of("email", "jeanne.martin@example.org",
                    "company", "Martin, Dupont & Fils", "mobile", "+33612345678",
                    "email_optin", "true", "created_at", "2024-01-05T10:30:00Z",
                    "custom.notes", "Prefers \"Jeanne\""));
            contacts.addContact("acme", 2, Map.of("email", "luc.bernard@example.org",
                    "company", "Café; Bar Léon", "email_optin", "false",
                    "created_at", "2024-07-14T22:15:09Z", "custom.notes", "Line one\nLine two"));
            contacts.addContact("acme", 3, Map.of("email", "zoe.brandt@example.com",
                    "company", "O'Neil Ltd", "mobile", "+33700000000", "email_optin", "true",
                    "created_at", "2024-02-01T08:00:00Z", "custom.notes", "=1+1"));
            contacts.addContact("acme", 5, Map.of("email", "anna.roux@example.net",
                    "company", "ACME"));
            contacts.addContact("acme", 8, Map.of("email", "tom.lefevre@example.net",
                    "company", "D02 X285", "mobile", "0612345678", "email_optin", "false",
                    "created_at", "2024-12-31T23:00:00Z", "custom.notes", "01000"));
            contacts.addContact("broken", 1, Map.of("email", "x@example.org"));
            contacts.failStreamsOf("broken");
            contacts.addUsers("acme", "user-1", "u-2", "alice");
            contacts.failUserChecksOf("broken");
            return contacts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FakeSegmentService startSegments() {
        try {
            return new FakeSegmentService();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response of the API: its status, its Location header and its JSON body. */
    record Answer(int status, String location, JsonNode body) {
    }

    Answer post(String account, String body) {
        return send(account, HttpRequest.newBuilder(uri("/api/v1/exports"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer get(String account, String path) {
        return send(account, HttpRequest.newBuilder(uri(path)).GET());
    }

    JsonNode awaitFinished(String account, String exportId) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> get(account, "/api/v1/exports/" + exportId).body(),
                        job -> job.get("status").asString().matches("COMPLETED|FAILED"));
    }

    /** The value of the first record of this key on the topic, read from the start. */
    static String awaitEvent(String topic, String key) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedServers.kafka().bootstrapServers());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings,
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            return await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record
                        : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        return record.value();
                    }
                }
                return null;
            }, value -> value != null);
        }
    }

    private Answer send(String account, HttpRequest.Builder request) {
        String token = AccountTokens.issue(SECRET, account, "user-1", Duration.ofHours(1));
        try {
            HttpResponse<String> response = http.send(
                    request.header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? null : json.readTree(response.body());
            return new Answer(response.statusCode(),
                    response.headers().firstValue("Location").orElse(null), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
