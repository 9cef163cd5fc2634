package org.contactexport.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.contactexport.embedded.PostgresServer;
import org.contactexport.embedded.SharedServers;
import org.contactexport.security.AccountTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service against a real PostgreSQL, with contact-service stood in by a small HTTP server.
 * The test classes share one application context and one database; each test works in
 * accounts of its own (see {@link #newAccount()}), as real accounts share the service.
 */
@SpringBootTest(classes = SegmentServiceApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=segment-service", "server.address=127.0.0.1"})
public abstract class SegmentServiceTest {

    static final String SECRET = "a-test-secret-of-at-least-thirty-two-characters";
    static final FakeContactService CONTACTS = new FakeContactService();

    // Reads numbers as typed, as the service does: a double would round what it answers.
    final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        PostgresServer postgres = SharedServers.postgres();
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("segments_test"));
        registry.add("spring.datasource.username", postgres::username);
        registry.add("platform.security.jwt-secret", () -> SECRET);
        registry.add("platform.contact-service.url", CONTACTS::url);
    }

    /** An account no other test uses. */
    static String newAccount() {
        return "acc-" + UUID.randomUUID();
    }

    /** A response of the API: its status, its Location header and its JSON body. */
    public record Answer(int status, String location, JsonNode body) {

        public String text(String member) {
            return body.get(member).asString();
        }
    }

    Answer get(String account, String path) {
        return send(account, HttpRequest.newBuilder(uri(path)).GET());
    }

    Answer post(String account, String path, String body) {
        return send(account, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer patch(String account, String path, String body) {
        return send(account, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer delete(String account, String path) {
        return send(account, HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** A call without a token, as the platform's services make to /internal/v1. */
    Answer postInternal(String path, String body) {
        return exchange(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    String raw(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON string literal of the text, for building request bodies. */
    String quoted(String text) {
        return json.writeValueAsString(text);
    }

    private Answer send(String account, HttpRequest.Builder request) {
        String token = AccountTokens.issue(SECRET, account, "user-1", Duration.ofHours(1));
        return exchange(request.header("Authorization", "Bearer " + token).build());
    }

    private Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request,
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
