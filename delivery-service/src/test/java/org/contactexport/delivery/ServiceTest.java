package org.contactexport.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * The delivery service on the real PostgreSQL, broker and stand-ins of export-service and
 * segment-service, with retries, polling and the minimum interval between runs shortened to
 * seconds. Its subclasses share one application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=delivery-service",
        "platform.delivery.allow-loopback-targets=true",
        "platform.delivery.connect-timeout=3s",
        "platform.upload.retry-delays=2s,2s,3s",
        "platform.schedule.polling-interval=1s",
        // Schedules due every few seconds; a cron of every second is still refused.
        "platform.schedule.minimum-interval=2s",
        "platform.outbox.poll-interval-ms=200"
})
public abstract class ServiceTest {

    public static final String JWT_SECRET = "test-secret-of-at-least-thirty-two-characters";
    /** Base64 of 32 bytes: the key of the stored SFTP secrets in the tests. */
    public static final String SECRET_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    public static final Path STORE = temporaryDirectory("file-store");
    public static final ExportServiceStandIn EXPORT_SERVICE = ExportServiceStandIn.start(STORE);
    public static final SegmentServiceStandIn SEGMENT_SERVICE = SegmentServiceStandIn.start();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        PostgresServer postgres = SharedServers.postgres();
        KafkaBroker kafka = SharedServers.kafka();
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("deliveries_flow"));
        registry.add("spring.datasource.username", postgres::username);
        registry.add("spring.cloud.stream.kafka.binder.brokers", kafka::bootstrapServers);
        registry.add("platform.file-store.root", STORE::toString);
        registry.add("platform.security.jwt-secret", () -> JWT_SECRET);
        registry.add("platform.delivery.secret-key", () -> SECRET_KEY);
        registry.add("platform.export-service.url", EXPORT_SERVICE::url);
        registry.add("platform.segment-service.url", SEGMENT_SERVICE::url);
    }

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newHttpClient();

    protected HttpResponse<String> call(String account, String method, String path,
            String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token(account))
                .header("Content-Type", "application/json");
        request.method(method, json == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected static String token(String account) {
        return AccountTokens.issue(JWT_SECRET, account, "alice", Duration.ofMinutes(10));
    }

    protected static String newAccount() {
        return "acc-" + UUID.randomUUID();
    }

    protected static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
