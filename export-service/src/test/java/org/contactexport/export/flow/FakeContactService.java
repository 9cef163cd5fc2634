package org.contactexport.export.flow;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for contact-service's internal API on 127.0.0.1: the field catalogue, the id
 * bounds and the ndjson stream of contacts, as docs/architecture.md describes them; and for
 * notification-service's check of account users.
 */
final class FakeContactService implements AutoCloseable {

    static final String CATALOGUE = """
            [{"key":"first_name","labelFr":"Prénom","labelEn":"First name","type":"text",\
            "main":true},
            {"key":"email","labelFr":"Adresse Email","labelEn":"Email address","type":"email",\
            "main":true},
            {"key":"company","labelFr":"Raison Sociale","labelEn":"Company","type":"text",\
            "main":false},
            {"key":"mobile","labelFr":"Mobile (pour SMS)","labelEn":"Mobile","type":"phone",\
            "main":true},
            {"key":"email_optin","labelFr":"Opt-In Email","labelEn":"Email opt-in",\
            "type":"boolean","main":true},
            {"key":"created_at","labelFr":"Contact ajouté le","labelEn":"Added on",\
            "type":"timestamp","main":true},
            {"key":"custom.notes","labelFr":"Notes","labelEn":"Notes","type":"text",\
            "main":false}]
            """;

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Map<Long, Map<String, String>>> contacts =
            new ConcurrentHashMap<>();
    private final Set<String> failingStreams = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> users = new ConcurrentHashMap<>();
    private final Set<String> failingUserChecks = ConcurrentHashMap.newKeySet();
    private final Map<String, List<JsonNode>> received = new ConcurrentHashMap<>();
    private final HttpServer server;

    FakeContactService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/internal/v1/accounts/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void addContact(String accountId, long id, Map<String, String> values) {
        contacts.computeIfAbsent(accountId, a -> new java.util.TreeMap<>())
                .put(id, new LinkedHashMap<>(values));
    }

    void addUsers(String accountId, String... userIds) {
        users.computeIfAbsent(accountId, a -> ConcurrentHashMap.newKeySet())
                .addAll(List.of(userIds));
    }

    /** The check of this account's users answers 500, as a notification-service outage. */
    void failUserChecksOf(String accountId) {
        failingUserChecks.add(accountId);
    }

    /** The contact stream of this account answers 500, as a database outage would. */
    void failStreamsOf(String accountId) {
        failingStreams.add(accountId);
    }

    /** The bodies of the bounds and stream requests made for this account, in order. */
    List<JsonNode> requestsOf(String accountId, String resource) {
        return List.copyOf(received.getOrDefault(accountId + "/" + resource, List.of()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        String accountId = path[4];
        String resource = String.join("/", List.of(path).subList(5, path.length));
        Map<Long, Map<String, String>> base = contacts.getOrDefault(accountId, Map.of());
        switch (resource) {
            case "fields" -> answer(exchange, "application/json", CATALOGUE);
            case "contacts/bounds" -> {
                record(accountId, resource, json.readTree(exchange.getRequestBody()));
                answer(exchange, "application/json", bounds(base));
            }
            case "contacts/stream" -> streamOrFail(exchange, accountId, base);
            case "users/known" -> knownUsers(exchange, accountId);
            default -> answer(exchange, 404, "text/plain", "no such resource");
        }
    }

    private void streamOrFail(HttpExchange exchange, String accountId,
            Map<Long, Map<String, String>> base) throws IOException {
        if (failingStreams.contains(accountId)) {
            answer(exchange, 500, "text/plain", "database unavailable");
            return;
        }
        JsonNode request = json.readTree(exchange.getRequestBody());
        record(accountId, "contacts/stream", request);
        answer(exchange, "application/x-ndjson", stream(base, request));
    }

    private void record(String accountId, String resource, JsonNode body) {
        received.computeIfAbsent(accountId + "/" + resource,
                key -> java.util.Collections.synchronizedList(new ArrayList<>())).add(body);
    }

    private void knownUsers(HttpExchange exchange, String accountId) throws IOException {
        if (failingUserChecks.contains(accountId)) {
            answer(exchange, 500, "text/plain", "notification database unavailable");
            return;
        }
        Set<String> known = users.getOrDefault(accountId, Set.of());
        List<String> found = new ArrayList<>();
        json.readTree(exchange.getRequestBody()).get("userIds").forEach(id -> {
            if (known.contains(id.asString())) {
                found.add(id.asString());
            }
        });
        answer(exchange, "application/json", json.writeValueAsString(Map.of("known", found)));
    }

    private String bounds(Map<Long, Map<String, String>> base) {
        if (base.isEmpty()) {
            return "{\"count\":0,\"minId\":null,\"maxId\":null}";
        }
        List<Long> ids = new ArrayList<>(base.keySet());
        return "{\"count\":" + ids.size() + ",\"minId\":" + ids.get(0) + ",\"maxId\":"
                + ids.get(ids.size() - 1) + "}";
    }

    private String stream(Map<Long, Map<String, String>> base, JsonNode request) {
        long from = request.get("fromId").asLong();
        long to = request.get("toId").asLong();
        List<String> fields = new ArrayList<>();
        request.get("fields").forEach(field -> fields.add(field.asString()));

        StringBuilder lines = new StringBuilder();
        base.forEach((id, values) -> {
            if (id < from || id > to) {
                return;
            }
            List<Object> row = new ArrayList<>();
            row.add(id);
            fields.forEach(field -> row.add(values.get(field)));
            lines.append(json.writeValueAsString(row)).append('\n');
        });
        return lines.toString();
    }

    private static void answer(HttpExchange exchange, String type, String body)
            throws IOException {
        answer(exchange, 200, type, body);
    }

    private static void answer(HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
