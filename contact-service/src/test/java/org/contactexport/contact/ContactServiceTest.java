package org.contactexport.contact;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.UUID;
import org.contactexport.embedded.SharedServers;
import org.contactexport.security.AccountTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service on a random port against a real PostgreSQL and Kafka broker, spoken to
 * over HTTP as the other services and the account's users do. Each test works in accounts of
 * its own, so tests share one context and one database without cleaning up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + ContactServiceApplication.CONFIG_NAME,
        "platform.security.jwt-secret=" + ContactServiceTest.JWT_SECRET})
public abstract class ContactServiceTest {

    static final String JWT_SECRET = "test-secret-of-at-least-thirty-two-characters";

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> SharedServers.postgres().jdbcUrl("contacts"));
        registry.add("spring.datasource.username", () -> SharedServers.postgres().username());
        registry.add("spring.cloud.stream.kafka.binder.brokers",
                () -> SharedServers.kafka().bootstrapServers());
    }

    protected static String newAccount() {
        return "account-" + UUID.randomUUID();
    }

    protected static String token(String accountId) {
        return AccountTokens.issue(JWT_SECRET, accountId, "user-1", Duration.ofHours(1));
    }

    protected HttpResponse<String> get(String path, String accountId) {
        return send(request(path, accountId).GET());
    }

    protected HttpResponse<String> post(String path, String accountId, String contentType,
            String body) {
        return post(path, accountId, contentType, BodyPublishers.ofString(body));
    }

    protected HttpResponse<String> post(String path, String accountId, String contentType,
            BodyPublisher body) {
        return send(request(path, accountId).header("Content-Type", contentType).POST(body));
    }

    /** Streams contacts as export-service does, asking for NDJSON. */
    protected HttpResponse<String> stream(String accountId, Object body) {
        return send(request("/internal/v1/accounts/" + accountId + "/contacts/stream", null)
                .header("Content-Type", "application/json")
                .header("Accept", "application/x-ndjson")
                .POST(BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    protected HttpResponse<String> postJson(String path, String accountId, Object body) {
        return post(path, accountId, "application/json", JSON.writeValueAsString(body));
    }

    /** Imports a CSV file as the account's user and gives the answer's body. */
    protected JsonNode importCsv(String accountId, String csv) {
        HttpResponse<String> response = post("/api/v1/contacts/import", accountId,
                "text/csv", csv);
        if (response.statusCode() != 200) {
            throw new AssertionError("Import answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json(response);
    }

    /** Uploads campaign results as NDJSON as the account's user and gives the answer's body. */
    protected JsonNode uploadActivity(String accountId, String ndjson) {
        HttpResponse<String> response = post("/api/v1/activity", accountId,
                "application/x-ndjson", ndjson);
        if (response.statusCode() != 200) {
            throw new AssertionError("Activity upload answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json(response);
    }

    protected JsonNode declareCustomField(String accountId, String name, String type) {
        HttpResponse<String> response = post("/api/v1/fields", accountId, "application/json",
                "{\"name\":\"" + name + "\",\"labelFr\":\"" + name + "\",\"labelEn\":\""
                        + name + "\",\"type\":\"" + type + "\"}");
        if (response.statusCode() != 201) {
            throw new AssertionError("Declaring answered " + response.statusCode());
        }
        return json(response);
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path, String accountId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofMinutes(5));
        if (accountId != null) {
            request.header("Authorization", "Bearer " + token(accountId));
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
