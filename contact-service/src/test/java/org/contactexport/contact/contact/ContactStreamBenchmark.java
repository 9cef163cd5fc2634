package org.contactexport.contact.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.contactexport.contact.ContactServiceTest;
import org.contactexport.contact.field.FieldDefinition;
import org.contactexport.contact.field.StandardField;
import org.contactexport.embedded.SharedServers;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Imports 1,000,000 contacts of 12 fields, then streams them back and compares with
 * PostgreSQL's own COPY of the same columns. Not part of the test suite (its name does not end
 * in Test); run it with {@code mvn -pl contact-service test -Dtest=ContactStreamBenchmark}.
 */
class ContactStreamBenchmark extends ContactServiceTest {

    private static final int CONTACTS = Integer.getInteger("benchmark.contacts", 1_000_000);
    private static final List<String> MAIN_FIELDS = List.of("first_name", "last_name",
            "company", "email", "email_optin", "email_status", "mobile", "sms_optin",
            "mobile_status", "created_at", "updated_at", "activity_level");

    @Test
    void importAndStreamAMillionContacts() throws Exception {
        String account = newAccount();

        long importStarted = System.nanoTime();
        HttpResponse<String> imported = post("/api/v1/contacts/import", account, "text/csv",
                BodyPublishers.ofInputStream(() -> generatedCsv(CONTACTS)));
        double importSeconds = seconds(importStarted);
        assertThat(json(imported).get("imported").asLong()).isEqualTo(CONTACTS);
        report("import", CONTACTS, importSeconds);

        printPlan(account);
        List<FieldDefinition> catalogue = java.util.Arrays.stream(StandardField.values())
                .map(StandardField::definition).toList();
        for (int run = 1; run <= 3; run++) {
            long copyStarted = System.nanoTime();
            long copyBytes = copy(account, String.join(", ", MAIN_FIELDS));
            report("COPY TO STDOUT (" + copyBytes / 1_000_000 + " MB)", CONTACTS,
                    seconds(copyStarted));

            long formattedStarted = System.nanoTime();
            long formattedBytes = copy(account, MAIN_FIELDS.stream().map(key -> ContactColumns
                    .select(catalogue.stream().filter(f -> f.key().equals(key)).findFirst()
                            .orElseThrow())).collect(Collectors.joining(", ")));
            report("COPY of the stream's SELECT (" + formattedBytes / 1_000_000 + " MB)",
                    CONTACTS, seconds(formattedStarted));

            long streamStarted = System.nanoTime();
            long[] linesAndBytes = streamAll(account);
            report("stream over HTTP (" + linesAndBytes[1] / 1_000_000 + " MB)",
                    linesAndBytes[0], seconds(streamStarted));
            assertThat(linesAndBytes[0]).isEqualTo(CONTACTS);
        }
    }

    private long[] streamAll(String account) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("fields", MAIN_FIELDS,
                "excludeDoNotTrack", false));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/internal/v1/accounts/" + account + "/contacts/stream"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)).build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(request, BodyHandlers.ofInputStream());
        long lines = 0;
        long bytes = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = response.body()) {
            for (int n; (n = in.read(buffer)) > 0; bytes += n) {
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        return new long[] {lines, bytes};
    }

    private static long copy(String account, String selectList) throws Exception {
        String url = SharedServers.postgres().jdbcUrl("contacts");
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            CountingStream out = new CountingStream();
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT id, "
                    + selectList + " FROM contacts WHERE account_id = '" + account
                    + "' ORDER BY id) TO STDOUT WITH CSV", out);
            return out.bytes;
        }
    }

    private static void printPlan(String account) throws Exception {
        String url = SharedServers.postgres().jdbcUrl("contacts");
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.createStatement().execute("ANALYZE contacts");
            for (String range : List.of("", " AND id >= 1 AND id <= 500000")) {
                ResultSet plan = connection.createStatement().executeQuery(
                        "EXPLAIN SELECT id, email FROM contacts WHERE account_id = '" + account
                                + "'" + range + " ORDER BY id");
                while (plan.next()) {
                    System.out.println("BENCHMARK plan: " + plan.getString(1));
                }
            }
        }
    }

    private static InputStream generatedCsv(int contacts) {
        String header = String.join(",", MAIN_FIELDS) + "\n";
        Enumeration<InputStream> chunks = new Enumeration<>() {
            private int next = -1;

            @Override
            public boolean hasMoreElements() {
                return next < contacts;
            }

            @Override
            public InputStream nextElement() {
                StringBuilder chunk = new StringBuilder(1 << 20);
                if (next < 0) {
                    chunk.append(header);
                    next = 0;
                }
                for (int end = Math.min(contacts, next + 5_000); next < end; next++) {
                    appendRow(chunk, next);
                }
                return new ByteArrayInputStream(chunk.toString().getBytes(StandardCharsets.UTF_8));
            }
        };
        return new SequenceInputStream(chunks);
    }

    private static void appendRow(StringBuilder row, int i) {
        row.append("Prénom").append(i).append(",Nom").append(i).append(",\"Société ")
                .append(i % 1000).append(", SARL\",contact").append(i).append("@example.org,")
                .append(i % 2 == 0 ? "oui" : "non").append(',')
                .append(i % 7 == 0 ? "unsubscribed" : "valid").append(",+336")
                .append(10_000_000 + i).append(',').append(i % 3 == 0 ? "1" : "0")
                .append(",valid,2024-01-05T10:30:00Z,2024-03-01T08:15:00Z,").append(i % 6)
                .append('\n');
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void report(String what, long rows, double seconds) {
        System.out.printf("BENCHMARK %-40s %,d rows in %.2f s = %,.0f rows/s%n", what, rows,
                seconds, rows / seconds);
    }

    private static final class CountingStream extends OutputStream {

        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
