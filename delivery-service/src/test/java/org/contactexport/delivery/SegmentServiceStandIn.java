package org.contactexport.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
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

/**
 * Plays segment-service's source resolution on 127.0.0.1, as docs/architecture.md describes
 * it: the sources the test defines resolve with their name, any other is a 404 naming it.
 */
public final class SegmentServiceStandIn {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer http;
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Set<String> unreachable = ConcurrentHashMap.newKeySet();
    private final Map<String, List<JsonNode>> received = new ConcurrentHashMap<>();

    private SegmentServiceStandIn(HttpServer http) {
        this.http = http;
    }

    static SegmentServiceStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            SegmentServiceStandIn standIn = new SegmentServiceStandIn(server);
            server.createContext("/internal/v1/accounts/", standIn::handle);
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** A segment or search by id, or a campaign result by {@code <campaign>/<result>}. */
    public void knows(String account, String type, String reference, String name) {
        names.put(account + "/" + type + "/" + reference, name);
    }

    /** Requests for this account get no answer at all: the connection is closed. */
    public void unreachableFor(String account) {
        unreachable.add(account);
    }

    /** The bodies of the resolve requests made for this account, in order. */
    public List<JsonNode> requestsOf(String account) {
        return List.copyOf(received.getOrDefault(account, List.of()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String account = exchange.getRequestURI().getPath().split("/")[4];
        if (unreachable.contains(account)) {
            exchange.close();
            return;
        }

        JsonNode query = JSON.readTree(exchange.getRequestBody());
        received.computeIfAbsent(account, a -> Collections.synchronizedList(new ArrayList<>()))
                .add(query);
        String type = query.path("type").asString();
        String reference = type.equals("CAMPAIGN_RESULT")
                ? query.path("campaign").asString() + "/" + query.path("result").asString()
                : query.path("id").asString();
        String name = names.get(account + "/" + type + "/" + reference);
        if (name == null) {
            String what = type.equals("SEARCH") ? "search" : type.equals("SEGMENT") ? "segment"
                    : "campaign";
            String id = type.equals("CAMPAIGN_RESULT") ? query.path("campaign").asString()
                    : reference;
            answer(exchange, 404, JSON.writeValueAsString(Map.of("title", "Not found",
                    "status", 404, "detail", "No " + what + " \"" + id + "\" in this account")));
            return;
        }
        answer(exchange, 200, JSON.writeValueAsString(Map.of("type", type,
                "reference", reference, "name", name,
                "criteria", Map.of("all", List.of()))));
    }

    private static void answer(HttpExchange exchange, int status, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200
                ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
