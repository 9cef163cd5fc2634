package org.contactexport.segment;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for contact-service's internal API on 127.0.0.1, as docs/architecture.md describes
 * it: the field catalogue, campaigns, counts and first pages. Every account has the same
 * catalogue and the campaign nl-2026-11 "Newsletter novembre", except "broken", whose every
 * answer is a 500, and "stale", whose counts are refused as criteria that no longer fit. It
 * keeps the last body posted per account and resource, so that a test can read what
 * segment-service asked.
 */
final class FakeContactService implements AutoCloseable {

    static final String CATALOGUE = """
            [{"key":"first_name","labelFr":"Prénom","labelEn":"First name","type":"text",\
            "main":true},
            {"key":"email","labelFr":"Adresse Email","labelEn":"Email address","type":"email",\
            "main":true},
            {"key":"company","labelFr":"Raison Sociale","labelEn":"Company","type":"text",\
            "main":false},
            {"key":"email_optin","labelFr":"Opt-In Email","labelEn":"Email opt-in",\
            "type":"boolean","main":true},
            {"key":"email_status","labelFr":"Statut Email","labelEn":"Email status",\
            "type":"email_status","main":true},
            {"key":"mobile","labelFr":"Mobile (pour SMS)","labelEn":"Mobile","type":"phone",\
            "main":true},
            {"key":"sms_optin","labelFr":"Opt-In SMS","labelEn":"SMS opt-in",\
            "type":"boolean","main":true},
            {"key":"mobile_status","labelFr":"Statut Mobile","labelEn":"Mobile status",\
            "type":"mobile_status","main":true},
            {"key":"activity_level","labelFr":"Niveau d'activité","labelEn":"Activity level",\
            "type":"activity_level","main":false},
            {"key":"created_at","labelFr":"Contact ajouté le","labelEn":"Added on",\
            "type":"timestamp","main":true},
            {"key":"custom.city","labelFr":"Ville","labelEn":"City","type":"text",\
            "main":false},
            {"key":"custom.score","labelFr":"Score","labelEn":"Score","type":"number",\
            "main":false}]
            """;

    static final String CAMPAIGN = """
            {"id":"nl-2026-11","name":"Newsletter novembre","channel":"email",\
            "firstActivityAt":"2026-11-03T08:00:00Z"}""";

    /** What contacts/search answers: a count and two contacts. */
    static final String FIRST_PAGE = """
            {"count":1234,"contacts":[{"id":1,"first_name":"Jeanne","last_name":"Martin",\
            "company":"Martin & Fils","email":"jeanne.martin@example.org","mobile":null,\
            "email_status":"valid","mobile_status":null,"created_at":"2024-01-05T10:30:00Z"},\
            {"id":3,"first_name":"Zoé","last_name":"Brandt","company":null,\
            "email":"zoe.brandt@example.com","mobile":"+33700000000","email_status":"valid",\
            "mobile_status":"valid","created_at":"2024-02-01T08:00:00Z"}]}""";

    static final long COUNT = 42;

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, JsonNode> lastBodies = new ConcurrentHashMap<>();
    private final HttpServer server;

    FakeContactService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/v1/accounts/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The last body segment-service posted to this resource of the account, e.g. bounds. */
    JsonNode lastBody(String accountId, String resource) {
        return lastBodies.get(accountId + "/" + resource);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        String accountId = path[4];
        String resource = String.join("/", List.of(path).subList(5, path.length));
        if ("POST".equals(exchange.getRequestMethod())) {
            lastBodies.put(accountId + "/" + resource,
                    json.readTree(exchange.getRequestBody()));
        }

        if (accountId.equals("broken")) {
            answer(exchange, 500, "database unavailable");
            return;
        }
        if (accountId.equals("stale") && resource.startsWith("contacts/")) {
            answer(exchange, 400, "{\"title\":\"Invalid criteria\",\"status\":400}");
            return;
        }
        switch (resource) {
            case "fields" -> answer(exchange, 200, CATALOGUE);
            case "campaigns/nl-2026-11" -> answer(exchange, 200, CAMPAIGN);
            case "contacts/bounds" -> answer(exchange, 200,
                    "{\"count\":" + COUNT + ",\"minId\":1,\"maxId\":99}");
            case "contacts/search" -> answer(exchange, 200, FIRST_PAGE);
            default -> answer(exchange, 404, "{\"title\":\"Not Found\",\"status\":404}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
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
