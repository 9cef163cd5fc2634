package org.contactexport.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.contactexport.embedded.KafkaBroker;
import org.contactexport.embedded.PostgresServer;
import org.contactexport.embedded.SharedServers;
import org.contactexport.security.AccountTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service against the real embedded PostgreSQL, Kafka broker and GreenMail SMTP server,
 * called over HTTP with bearer tokens. Consumers retry twice, quickly, so that the
 * dead-letter path is reached in a test's time.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=notification-service",
        "platform.delivery-service.public-url=http://files.test",
        "platform.notification.from=Contact exports <exports@platform.test>",
        "spring.cloud.stream.bindings.notifyExportCompleted-in-0.consumer.max-attempts=2",
        "spring.cloud.stream.bindings.notifyExportCompleted-in-0.consumer"
                + ".back-off-initial-interval=100",
        "spring.cloud.stream.bindings.notifyExportFailed-in-0.consumer.max-attempts=2",
        "spring.cloud.stream.bindings.notifyExportFailed-in-0.consumer"
                + ".back-off-initial-interval=100",
        "spring.cloud.stream.bindings.notifyDeliveryFailed-in-0.consumer.max-attempts=2",
        "spring.cloud.stream.bindings.notifyDeliveryFailed-in-0.consumer"
                + ".back-off-initial-interval=100",
        "spring.cloud.stream.bindings.notifyDeliveryScheduleEnding-in-0.consumer.max-attempts=2",
        "spring.cloud.stream.bindings.notifyDeliveryScheduleEnding-in-0.consumer"
                + ".back-off-initial-interval=100"
})
public abstract class ServiceTestSupport {

    protected static final String SECRET = "test-secret-of-at-least-thirty-two-characters";
    protected static final Duration ASYNC_LIMIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        PostgresServer postgres = SharedServers.postgres();
        KafkaBroker kafka = SharedServers.kafka();
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("notifications"));
        registry.add("spring.datasource.username", postgres::username);
        registry.add("spring.cloud.stream.kafka.binder.brokers", kafka::bootstrapServers);
        registry.add("spring.mail.port", () -> SharedServers.mail().smtpPort());
        registry.add("platform.security.jwt-secret", () -> SECRET);
    }

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newHttpClient();
    protected final KafkaTestClient kafka =
            new KafkaTestClient(SharedServers.kafka().bootstrapServers());

    protected HttpResponse<String> get(String account, String path)
            throws IOException, InterruptedException {
        return http.send(request(account, path).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> put(String account, String path, String json)
            throws IOException, InterruptedException {
        return http.send(request(account, path)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A PUT by the given user of the account, holding the given roles. */
    protected HttpResponse<String> putAs(String account, String userId, List<String> roles,
            String path, String json) throws IOException, InterruptedException {
        String token = AccountTokens.issue(SECRET, account, userId, roles, Duration.ofMinutes(10));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A POST without token, as another service of the platform sends it. */
    protected HttpResponse<String> postInternal(String path, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Adds a user to the account through the API; answers the user's unique address. */
    protected String addUser(String account, String userId, String name, String language)
            throws IOException, InterruptedException {
        String email = userId + "." + UUID.randomUUID() + "@example.com";
        int status = put(account, "/api/v1/users/" + userId, """
                {"email":"%s","displayName":"%s","language":"%s"}"""
                .formatted(email, name, language)).statusCode();
        assertThat(status).isEqualTo(201);
        return email;
    }

    /** Waits until exactly one email to the address mentions the text, and answers it. */
    protected static MimeMessage awaitOneEmail(String address, Object mentioning) {
        return await().atMost(ASYNC_LIMIT).until(
                () -> Inbox.messagesTo(address, mentioning.toString()),
                messages -> messages.size() == 1).get(0);
    }

    protected static String newAccount() {
        return "acc-" + UUID.randomUUID();
    }

    private HttpRequest.Builder request(String account, String path) {
        String token = AccountTokens.issue(SECRET, account, "admin", List.of("admin"),
                Duration.ofMinutes(10));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token);
    }
}
