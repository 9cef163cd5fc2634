package org.contactexport.launcher.demo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.contactexport.launcher.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends a few campaigns to the demo contacts and back-fills their results through
 * contact-service's bulk activity endpoint, as the sending platform would: rates close to what
 * French marketing emails and SMS see, hard bounces where the contact's address is known bad.
 * Seeded and with event ids derived from the facts, so loading twice records nothing twice.
 */
public final class DemoCampaigns {

    /** At most this many recipients per campaign, so that the demo starts in seconds. */
    static final int AUDIENCE_CAP = 20_000;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final List<Campaign> CAMPAIGNS = List.of(
            new Campaign("nl-octobre", "Newsletter octobre", "email", 58),
            new Campaign("nl-novembre", "Newsletter novembre", "email", 30),
            new Campaign("soldes-hiver", "Soldes d'hiver : -30 %", "email", 12),
            new Campaign("sms-rappel", "Rappel SMS : la boutique vous attend", "sms", 5));

    private final Platform platform;
    private final HttpClient http = HttpClient.newHttpClient();

    public DemoCampaigns(Platform platform) {
        this.platform = platform;
    }

    /** Records the demo campaigns of one account; returns the number of results sent. */
    public long load(String accountId, String token) {
        List<Recipient> contacts = recipients(accountId);
        Path ndjson = null;
        try {
            ndjson = Files.createTempFile("demo-activity-", ".ndjson");
            long lines;
            try (Writer out = Files.newBufferedWriter(ndjson, StandardCharsets.UTF_8)) {
                lines = write(accountId, contacts, out);
            }
            post(token, ndjson);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo activity", e);
        } finally {
            deleteQuietly(ndjson);
        }
    }

    private long write(String accountId, List<Recipient> contacts, Writer out)
            throws IOException {
        Random random = new Random(7);
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        long lines = 0;

        for (Campaign campaign : CAMPAIGNS) {
            Instant sentAt = today.minus(Duration.ofDays(campaign.daysAgo())).plusSeconds(8 * 3600);
            int audience = 0;
            for (Recipient contact : contacts) {
                if (audience >= AUDIENCE_CAP || !contact.reachableBy(campaign.channel())) {
                    continue;
                }
                audience++;
                Results results = new Results(accountId, campaign, contact.id(), out);
                Instant at = sentAt.plusSeconds(random.nextInt(3600));
                results.add("sent", at, null, null);
                lines += outcomes(campaign, contact, results, at, random) + 1;
            }
        }
        return lines;
    }

    private static int outcomes(Campaign campaign, Recipient contact, Results results,
            Instant sentAt, Random random) throws IOException {
        Instant deliveredAt = sentAt.plusSeconds(5 + random.nextInt(120));
        if (contact.hardBounce() != null && campaign.channel().equals("email")) {
            results.add("bounced", deliveredAt, contact.hardBounce(), contact.bounceDetail());
            return 1;
        }
        if (random.nextDouble() < 0.02) {
            results.add("bounced", deliveredAt, campaign.channel().equals("email") ? "soft" : null,
                    campaign.channel().equals("email") ? "452 4.2.2 Mailbox full" : null);
            return 1;
        }
        results.add("delivered", deliveredAt, null, null);
        int lines = 1;

        boolean email = campaign.channel().equals("email");
        boolean engaged = email ? random.nextDouble() < 0.27 : random.nextDouble() < 0.05;
        Instant openedAt = deliveredAt.plusSeconds(random.nextInt(3 * 24 * 3600));
        if (engaged && email) {
            results.add("opened", openedAt, null, null);
            lines++;
        }
        if (engaged && random.nextDouble() < (email ? 0.2 : 1.0)) {
            results.add("clicked", openedAt.plusSeconds(20), null, null);
            lines++;
            if (random.nextDouble() < 0.12) {
                results.add("converted", openedAt.plusSeconds(600), null, null);
                lines++;
            }
        }
        if (random.nextDouble() < (email ? 0.004 : 0.01)) {
            results.add("unsubscribed", openedAt.plusSeconds(30), null, null);
            lines++;
        } else if (email && random.nextDouble() < 0.0005) {
            results.add("complained", openedAt.plusSeconds(30), null, null);
            lines++;
        }
        return lines;
    }

    /** The account's contacts with what decides how a campaign goes for them. */
    private List<Recipient> recipients(String accountId) {
        String body = "{\"fields\":[\"email\",\"email_status\",\"mobile\",\"mobile_status\","
                + "\"bounce_category\",\"bounce_detail\"],\"excludeDoNotTrack\":false}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.contactUrl()
                        + "/internal/v1/accounts/" + accountId + "/contacts/stream"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        List<Recipient> recipients = new ArrayList<>();
        try {
            HttpResponse<java.io.InputStream> response = http.send(request,
                    HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (!line.isBlank()) {
                        recipients.add(Recipient.of(JSON.readTree(line)));
                    }
                }
            }
            return recipients;
        } catch (IOException e) {
            throw new UncheckedIOException("Demo campaigns: could not read the contacts", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading demo campaigns", e);
        }
    }

    private void post(String token, Path ndjson) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(platform.contactUrl() + "/api/v1/activity"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofFile(ndjson))
                    .build();
            HttpResponse<String> response = http.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Demo campaigns: the activity import answered "
                        + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Demo campaigns: the activity import failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading demo campaigns", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A temporary file left behind is harmless; the operating system cleans it up.
        }
    }

    private record Campaign(String id, String name, String channel, int daysAgo) {
    }

    private record Recipient(long id, boolean emailable, boolean textable, String hardBounce,
            String bounceDetail) {

        static Recipient of(JsonNode row) {
            String email = text(row, 1);
            String emailStatus = text(row, 2);
            String mobile = text(row, 3);
            String mobileStatus = text(row, 4);
            String category = text(row, 5);
            boolean hard = "bounced".equals(emailStatus) && category != null
                    && !category.equals("soft") && !category.equals("absent");
            return new Recipient(row.get(0).asLong(),
                    email != null && !"unsubscribed".equals(emailStatus)
                            && !"complained".equals(emailStatus),
                    mobile != null && "valid".equals(mobileStatus),
                    hard ? category : null, hard ? text(row, 6) : null);
        }

        boolean reachableBy(String channel) {
            return channel.equals("email") ? emailable : textable;
        }

        private static String text(JsonNode row, int index) {
            JsonNode value = row.get(index);
            return value == null || value.isNull() ? null : value.asString();
        }
    }

    /** Writes one contact's results in one campaign as NDJSON lines. */
    private record Results(String accountId, Campaign campaign, long contactId, Writer out) {

        void add(String result, Instant at, String bounceCategory, String bounceDetail)
                throws IOException {
            ObjectNode line = JSON.createObjectNode();
            String fact = accountId + "/" + campaign.id() + "/" + contactId + "/" + result;
            line.put("eventId",
                    UUID.nameUUIDFromBytes(fact.getBytes(StandardCharsets.UTF_8)).toString());
            line.put("contactId", contactId);
            line.put("campaignId", campaign.id());
            line.put("campaignName", campaign.name());
            line.put("channel", campaign.channel());
            line.put("result", result);
            line.put("bounceCategory", bounceCategory);
            line.put("bounceDetail", bounceDetail);
            line.put("occurredAt", at.toString());
            out.write(JSON.writeValueAsString(line));
            out.write('\n');
        }
    }
}
