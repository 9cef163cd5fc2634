package org.contactexport.export.flow;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stands in for segment-service's source resolution on 127.0.0.1, as docs/architecture.md
 * describes it: segments and searches by id, campaign results by campaign and result, each
 * with a name and criteria the test sets and may change or delete later.
 */
final class FakeSegmentService implements AutoCloseable {

    private static final Set<String> RESULTS = Set.of("sent", "delivered", "opened",
            "not_opened", "clicked", "bounced", "unsubscribed", "complained", "converted");

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, ObjectNode> sources = new ConcurrentHashMap<>();
    private final Set<String> unreachable = ConcurrentHashMap.newKeySet();
    private final Map<String, List<JsonNode>> received = new ConcurrentHashMap<>();
    private final HttpServer server;

    FakeSegmentService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/internal/v1/accounts/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Defines (or redefines) a segment or search by id, or a campaign result by its
     * reference {@code <campaign>/<result>}.
     */
    void define(String accountId, String type, String reference, String name,
            String criteria) {
        ObjectNode resolved = json.createObjectNode();
        resolved.put("type", type);
        resolved.put("reference", reference);
        resolved.put("name", name);
        resolved.set("criteria", json.readTree(criteria));
        sources.put(accountId + "/" + type + "/" + reference, resolved);
    }

    void delete(String accountId, String type, String reference) {
        sources.remove(accountId + "/" + type + "/" + reference);
    }

    /** Requests for this account get no answer at all: the connection is closed. */
    void unreachableFor(String accountId) {
        unreachable.add(accountId);
    }

    /** The bodies of the resolve requests made for this account, in order. */
    List<JsonNode> requestsOf(String accountId) {
        return List.copyOf(received.getOrDefault(accountId, List.of()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        String accountId = path[4];
        if (unreachable.contains(accountId)) {
            exchange.close();
            return;
        }
        if (path.length != 7 || !path[5].equals("sources") || !path[6].equals("resolve")) {
            answer(exchange, 404, "{\"detail\":\"no such resource\"}");
            return;
        }

        JsonNode query = json.readTree(exchange.getRequestBody());
        received.computeIfAbsent(accountId, a -> Collections.synchronizedList(new ArrayList<>()))
                .add(query);
        resolve(exchange, accountId, query);
    }

    private void resolve(HttpExchange exchange, String accountId, JsonNode query)
            throws IOException {
        String type = query.path("type").asString();
        if (type.equals("CAMPAIGN_RESULT") && !RESULTS.contains(query.path("result").asString())) {
            answer(exchange, 400, """
                    {"title":"Invalid source","status":400,
                     "detail":"The source has 1 fault; each error gives its path",
                     "errors":[{"path":"$.result","message":"unknown result"}]}""");
            return;
        }

        String reference = type.equals("CAMPAIGN_RESULT")
                ? query.path("campaign").asString() + "/" + query.path("result").asString()
                : query.path("id").asString();
        ObjectNode resolved = sources.get(accountId + "/" + type + "/" + reference);
        if (resolved == null) {
            String what = type.equals("SEARCH") ? "search" : type.equals("SEGMENT") ? "segment"
                    : "campaign";
            String id = type.equals("CAMPAIGN_RESULT") ? query.path("campaign").asString()
                    : reference;
            answer(exchange, 404, json.writeValueAsString(Map.of("title", "Not found",
                    "status", 404, "detail", "No " + what + " \"" + id + "\" in this account")));
            return;
        }
        answer(exchange, 200, json.writeValueAsString(resolved));
    }

    private static void answer(HttpExchange exchange, int status, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200
                ? "application/json"
                : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
