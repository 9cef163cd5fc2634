package org.contactexport.notification.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.contactexport.embedded.SharedServers;
import org.contactexport.events.DeliveryFailed;
import org.contactexport.events.ExportCompleted;
import org.contactexport.events.Topics;
import org.contactexport.notification.KafkaTestClient;
import org.contactexport.security.AccountTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service with an SMTP server that refuses connections. It runs as its own consumer group
 * on its own database, so that it neither takes the other tests' events nor shares their log.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=notification-service",
        "spring.cloud.stream.bindings.notifyExportCompleted-in-0.group=notification-smtp-down",
        "spring.cloud.stream.bindings.notifyExportFailed-in-0.group=notification-smtp-down",
        "spring.cloud.stream.bindings.notifyDeliveryFailed-in-0.group=notification-smtp-down",
        "spring.cloud.stream.bindings.notifyDeliveryScheduleEnding-in-0.group="
                + "notification-smtp-down",
        "spring.cloud.stream.bindings.notifyDeliveryFailed-in-0.consumer.max-attempts=3",
        "spring.cloud.stream.bindings.notifyDeliveryFailed-in-0.consumer"
                + ".back-off-initial-interval=100",
        "spring.cloud.stream.bindings.notifyExportCompleted-in-0.consumer.max-attempts=3",
        "spring.cloud.stream.bindings.notifyExportCompleted-in-0.consumer"
                + ".back-off-initial-interval=100",
        "spring.mail.properties.mail.smtp.connectiontimeout=1000"
})
class SmtpOutageTest {

    private static final String SECRET = "test-secret-of-at-least-thirty-two-characters";

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> SharedServers.postgres().jdbcUrl("notifications_smtp_down"));
        registry.add("spring.datasource.username", SharedServers.postgres()::username);
        registry.add("spring.cloud.stream.kafka.binder.brokers",
                SharedServers.kafka()::bootstrapServers);
        registry.add("spring.mail.port", SmtpOutageTest::closedPort);
        registry.add("platform.security.jwt-secret", () -> SECRET);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final KafkaTestClient kafka =
            new KafkaTestClient(SharedServers.kafka().bootstrapServers());

    @Test
    void whenSmtpIsDownTheEventIsRetriedThenParkedOnTheDeadLetterTopicAndStaysPending()
            throws Exception {
        String account = "acc-" + UUID.randomUUID();
        send(account, "/api/v1/users/ana", HttpRequest.BodyPublishers.ofString("""
                {"email":"ana@example.com","displayName":"Ana","language":"fr"}"""), "PUT");
        UUID exportId = UUID.randomUUID();
        ExportCompleted event = new ExportCompleted(ExportCompleted.VERSION, exportId, account,
                "Clients", "ALL", "Whole base", List.of("email"),
                account + "/" + exportId + "/clients.csv", "clients.csv", "text/csv", 3, 120,
                "cd".repeat(32), List.of("ana"), null, Instant.parse("2026-06-01T08:30:00Z"));

        kafka.publish(Topics.EXPORT_COMPLETED, exportId, event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                kafka.keysOn(Topics.EXPORT_COMPLETED + Topics.DEAD_LETTER_SUFFIX))
                .contains(exportId.toString()));
        assertThat(send(account, "/api/v1/notifications", HttpRequest.BodyPublishers.noBody(),
                "GET").body())
                .contains("\"exportId\":\"" + exportId + "\"")
                .contains("\"status\":\"PENDING\"")
                .contains("\"attempts\":3");
    }

    @Test
    void whenSmtpIsDownAFailedDeliveryIsRetriedThenParkedOnTheDeadLetterTopic() throws Exception {
        String account = "acc-" + UUID.randomUUID();
        send(account, "/api/v1/users/ben", HttpRequest.BodyPublishers.ofString("""
                {"email":"ben@example.com","displayName":"Ben","language":"en"}"""), "PUT");
        UUID exportId = UUID.randomUUID();
        UUID scheduleId = UUID.randomUUID();
        DeliveryFailed event = new DeliveryFailed(DeliveryFailed.VERSION, UUID.randomUUID(),
                scheduleId, "Nightly", exportId, account, "/in/contacts.csv", "timed out", 3,
                List.of("ben"), Instant.parse("2026-06-01T08:30:00Z"));

        kafka.publish(Topics.DELIVERY_FAILED, exportId, event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                kafka.keysOn(Topics.DELIVERY_FAILED + Topics.DEAD_LETTER_SUFFIX))
                .contains(exportId.toString()));
        assertThat(send(account, "/api/v1/notifications", HttpRequest.BodyPublishers.noBody(),
                "GET").body())
                .contains("\"eventKind\":\"DELIVERY_FAILED\"")
                .contains("\"scheduleId\":\"" + scheduleId + "\"")
                .contains("\"status\":\"PENDING\"")
                .contains("\"attempts\":3");
    }

    private HttpResponse<String> send(String account, String path,
            HttpRequest.BodyPublisher body, String method) throws Exception {
        String token = AccountTokens.issue(SECRET, account, "admin", List.of("admin"),
                Duration.ofMinutes(10));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
