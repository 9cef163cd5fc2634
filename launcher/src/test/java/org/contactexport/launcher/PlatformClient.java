package org.contactexport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public APIs of the five services, called as one user of one account. */
final class PlatformClient {

    static final Duration EXPORT_TIME_LIMIT = Duration.ofSeconds(30);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Platform platform;
    private final String token;

    PlatformClient(Platform platform, String token) {
        this.platform = platform;
        this.token = token;
    }

    /** Declares a custom field; its key becomes {@code custom.<name>}. */
    JsonNode declareField(String name, String labelFr, String labelEn, String type) {
        Map<String, String> field = Map.of(
                "name", name, "labelFr", labelFr, "labelEn", labelEn, "type", type);
        return expect(201, post(platform.contactUrl() + "/api/v1/fields", json(field)));
    }

    /** Imports an RFC 4180 file whose header row holds field keys. */
    JsonNode importContacts(byte[] csv) {
        HttpRequest request = authorized(platform.contactUrl() + "/api/v1/contacts/import")
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(BodyPublishers.ofByteArray(csv))
                .build();
        HttpResponse<String> response = send(request);

        assertThat(response.statusCode()).as(describe(response)).isBetween(200, 201);
        return parse(response.body());
    }

    JsonNode contacts(int page, int size) {
        String url = platform.contactUrl() + "/api/v1/contacts?page=" + page + "&size=" + size;
        return expect(200, send(authorized(url).GET().build()));
    }

    /** Sets a user's notification address and language. */
    void registerUser(String userId, String email, String displayName, String language) {
        Map<String, String> user =
                Map.of("email", email, "displayName", displayName, "language", language);
        HttpRequest request = authorized(platform.notificationUrl() + "/api/v1/users/" + userId)
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(json(user)))
                .build();
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as(describe(response)).isBetween(200, 204);
    }

    /** Posts an export request and returns the raw answer, whatever its status. */
    HttpResponse<String> requestExport(Map<String, Object> body) {
        return post(platform.exportUrl() + "/api/v1/exports", json(body));
    }

    /** Posts an export request that must be accepted, and returns the job's id. */
    String startExport(Map<String, Object> body) {
        HttpResponse<String> response = requestExport(body);
        JsonNode job = expect(202, response);

        assertThat(response.headers().firstValue("Location")).as("Location header").isPresent();
        return job.get("id").asString();
    }

    HttpResponse<String> exportResponse(String exportId) {
        return send(authorized(platform.exportUrl() + "/api/v1/exports/" + exportId)
                .GET().build());
    }

    JsonNode export(String exportId) {
        return expect(200, exportResponse(exportId));
    }

    /** Waits until the job is COMPLETED (failing at once if it FAILED) and returns it. */
    JsonNode awaitCompleted(String exportId) {
        return await("export " + exportId + " completed")
                .atMost(EXPORT_TIME_LIMIT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> export(exportId), job -> {
                    assertThat(job.get("status").asString())
                            .as("export %s failed: %s", exportId, job.path("failureReason"))
                            .isNotEqualTo("FAILED");
                    return "COMPLETED".equals(job.get("status").asString());
                });
    }

    JsonNode history(int page, int size) {
        String url = platform.exportUrl() + "/api/v1/exports?page=" + page + "&size=" + size;
        return expect(200, send(authorized(url).GET().build()));
    }

    HttpResponse<byte[]> fileResponse(String exportId) {
        HttpRequest request = authorized(platform.deliveryUrl() + "/api/v1/files/" + exportId)
                .GET().build();
        try {
            return HTTP.send(request, BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Downloads a completed export's file, waiting for delivery-service to register it (it learns
     * of the file from the ExportCompleted event).
     */
    byte[] download(String exportId) {
        HttpResponse<byte[]> response = await("file of export " + exportId + " downloadable")
                .atMost(EXPORT_TIME_LIMIT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> fileResponse(exportId), answer -> answer.statusCode() == 200);
        return response.body();
    }

    /** Creates a custom segment and returns its id. */
    String createSegment(String name, String criteria) {
        String body = "{\"name\":" + json(name) + ",\"criteria\":" + criteria + "}";
        return expect(201, post(platform.segmentUrl() + "/api/v1/segments", body))
                .get("id").asString();
    }

    /** Saves a search and returns its id. */
    String createSearch(String name, String criteria) {
        String body = "{\"name\":" + json(name) + ",\"criteria\":" + criteria + "}";
        return expect(201, post(platform.segmentUrl() + "/api/v1/searches", body))
                .get("id").asString();
    }

    /** Posts to segment-service and returns the raw answer, whatever its status. */
    HttpResponse<String> postToSegments(String path, String body) {
        return post(platform.segmentUrl() + path, body);
    }

    /** Calls segment-service with any method and JSON body (null for none). */
    HttpResponse<String> callSegments(String method, String path, String body) {
        return call(platform.segmentUrl() + path, method, body);
    }

    /** Calls delivery-service with any method and JSON body (null for none). */
    HttpResponse<String> callDelivery(String method, String path, String body) {
        return call(platform.deliveryUrl() + path, method, body);
    }

    /** Calls export-service's public API with GET. */
    HttpResponse<String> getFromExports(String path) {
        return send(authorized(platform.exportUrl() + path).GET().build());
    }

    static JsonNode parse(String body) {
        return JSON.readTree(body);
    }

    private HttpResponse<String> call(String url, String method, String body) {
        HttpRequest.BodyPublisher publisher = body == null ? BodyPublishers.noBody()
                : BodyPublishers.ofString(body);
        return send(authorized(url)
                .header("Content-Type", "application/json")
                .method(method, publisher)
                .build());
    }

    private HttpResponse<String> post(String url, String body) {
        return send(authorized(url)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body))
                .build());
    }

    private HttpRequest.Builder authorized(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, text/csv, */*");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(describe(response)).isEqualTo(status);
        return response.body().isEmpty() ? JSON.nullNode() : parse(response.body());
    }

    private static String describe(HttpResponse<String> response) {
        return response.request().method() + " " + response.uri() + " answered "
                + response.statusCode() + ": " + response.body();
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
