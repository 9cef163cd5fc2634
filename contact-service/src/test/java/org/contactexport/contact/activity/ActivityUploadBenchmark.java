package org.contactexport.contact.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.UUID;
import org.contactexport.contact.ContactServiceTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Uploads 300,000 campaign results for 10,000 contacts, as the launcher's demo data does, and
 * logs the lines per second. Not part of the test suite (its name does not end in Test); run
 * it with {@code mvn -pl contact-service test -Dtest=ActivityUploadBenchmark}.
 */
class ActivityUploadBenchmark extends ContactServiceTest {

    private static final Logger log = LoggerFactory.getLogger(ActivityUploadBenchmark.class);
    private static final int LINES = Integer.getInteger("benchmark.lines", 300_000);
    private static final int CONTACTS = 10_000;
    private static final String[] RESULTS = {"sent", "delivered", "opened", "clicked"};

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void uploadThreeHundredThousandResults() {
        String account = newAccount();
        jdbc.update("INSERT INTO contacts (account_id, email) SELECT ?, 'c' || g ||"
                + " '@example.org' FROM generate_series(1, ?) g", account, CONTACTS);
        long first = jdbc.queryForObject("SELECT min(id) FROM contacts WHERE account_id = ?",
                Long.class, account);

        long started = System.nanoTime();
        HttpResponse<String> response = post("/api/v1/activity", account,
                "application/x-ndjson", BodyPublishers.ofInputStream(() -> lines(first)));
        double seconds = (System.nanoTime() - started) / 1e9;

        JsonNode result = json(response);
        assertThat(result.get("recorded").asLong()).as(response.body()).isEqualTo(LINES);
        log.info("Activity upload: {} lines in {} s, {} lines/s", LINES,
                String.format("%.1f", seconds), Math.round(LINES / seconds));
    }

    /** Generated as they are sent, so that the test holds no more than one chunk. */
    private static InputStream lines(long firstContact) {
        return new SequenceInputStream(new Enumeration<>() {
            private static final int CHUNK = 1000;
            private int sent;

            @Override
            public boolean hasMoreElements() {
                return sent < LINES;
            }

            @Override
            public InputStream nextElement() {
                StringBuilder chunk = new StringBuilder(CHUNK * 220);
                for (int i = 0; i < CHUNK && sent < LINES; i++, sent++) {
                    long contact = firstContact + sent % CONTACTS;
                    int campaign = sent / CONTACTS;
                    chunk.append("{\"eventId\":\"").append(UUID.randomUUID())
                            .append("\",\"contactId\":").append(contact)
                            .append(",\"campaignId\":\"camp-").append(campaign % 8)
                            .append("\",\"campaignName\":\"Campagne ").append(campaign % 8)
                            .append("\",\"channel\":\"email\",\"result\":\"")
                            .append(RESULTS[campaign / 8 % RESULTS.length])
                            .append("\",\"occurredAt\":\"2026-11-0").append(1 + campaign % 9)
                            .append("T09:00:00Z\"}\n");
                }
                return new ByteArrayInputStream(chunk.toString()
                        .getBytes(StandardCharsets.UTF_8));
            }
        });
    }
}
