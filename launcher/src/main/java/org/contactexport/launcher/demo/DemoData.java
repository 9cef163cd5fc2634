package org.contactexport.launcher.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contactexport.launcher.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo accounts through the platform's own public APIs, as a customer would:
 * custom fields, users to notify, then contacts through the CSV import.
 */
public final class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Pattern IMPORTED = Pattern.compile("\"imported\"\\s*:\\s*(\\d+)");

    private final Platform platform;
    private final HttpClient http = HttpClient.newHttpClient();

    public DemoData(Platform platform) {
        this.platform = platform;
    }

    /**
     * Loads "fleurs" with {@code contacts} contacts and four campaigns' results, and "velos"
     * with a thousand contacts.
     */
    public DemoLoad load(int contacts) {
        DemoAccount fleurs = loadAccount("fleurs", contacts, List.of(
                new DemoUser("alice", "alice@fleurs.example", "Alice Lefèvre", "fr"),
                new DemoUser("marc", "marc@fleurs.example", "Marc Girard", "en")));
        DemoAccount velos = loadAccount("velos", Math.min(contacts, 1_000), List.of(
                new DemoUser("bob", "bob@velos.example", "Bob Côté", "en")));

        long results = new DemoCampaigns(platform).load(fleurs.id(),
                platform.adminToken(fleurs.id(), "alice"));
        log.info("Demo campaigns of account {} recorded with {} results", fleurs.id(),
                results);
        return new DemoLoad(List.of(fleurs, velos), sftpLogin());
    }

    /**
     * Loads an account as its first user, who is its admin (only an admin may register the
     * other users); returns the number of contacts the import accepted.
     */
    public DemoAccount loadAccount(String accountId, int contacts, List<DemoUser> users) {
        String token = platform.adminToken(accountId, users.get(0).id());
        for (String field : FrenchContacts.CUSTOM_FIELDS) {
            String[] parts = field.split(":");
            send(token, "POST", platform.contactUrl() + "/api/v1/fields", "application/json",
                    HttpRequest.BodyPublishers.ofString(String.format("{\"name\":\"%s\","
                            + "\"labelFr\":\"%s\",\"labelEn\":\"%s\",\"type\":\"%s\"}",
                            parts[0], parts[1], parts[2], parts[3])));
        }
        for (DemoUser user : users) {
            send(token, "PUT", platform.notificationUrl() + "/api/v1/users/" + user.id(),
                    "application/json", HttpRequest.BodyPublishers.ofString(String.format(
                            "{\"email\":\"%s\",\"displayName\":\"%s\",\"language\":\"%s\"}",
                            user.email(), user.name(), user.language())));
        }
        long imported = importContacts(token, contacts);
        log.info("Demo account {} loaded with {} contacts", accountId, imported);
        return new DemoAccount(accountId, users, imported);
    }

    /**
     * A user and a folder on the local SFTP server, with a random password: the folder a
     * scheduled delivery of the demo can target.
     */
    private DemoSftpLogin sftpLogin() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        try {
            Files.createDirectories(platform.sftp().root().resolve("exports"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the demo SFTP folder", e);
        }
        platform.sftp().addUser("fleurs", password);
        return new DemoSftpLogin("fleurs", password, "/exports");
    }

    private long importContacts(String token, int contacts) {
        Path csv = null;
        try {
            csv = Files.createTempFile("demo-contacts-", ".csv");
            try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                new FrenchContacts(42).write(out, contacts);
            }
            String answer = send(token, "POST", platform.contactUrl() + "/api/v1/contacts/import",
                    "text/csv; charset=UTF-8", HttpRequest.BodyPublishers.ofFile(csv));
            Matcher imported = IMPORTED.matcher(answer);
            return imported.find() ? Long.parseLong(imported.group(1)) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo contacts", e);
        } finally {
            deleteQuietly(csv);
        }
    }

    private String send(String token, String method, String url, String contentType,
            HttpRequest.BodyPublisher body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .method(method, body)
                .build();
        try {
            HttpResponse<String> response = http.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Demo data: " + method + " " + url
                        + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("Demo data: " + method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading demo data", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the temporary demo file {}", file);
        }
    }
}
