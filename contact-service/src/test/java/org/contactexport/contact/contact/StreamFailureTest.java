package org.contactexport.contact.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.util.List;
import java.util.Map;
import org.contactexport.contact.ContactServiceTest;
import org.contactexport.embedded.SharedServers;
import org.junit.jupiter.api.Test;

/**
 * A stream that cannot finish must not look finished: export-service would otherwise write a
 * shorter file and call it complete.
 */
class StreamFailureTest extends ContactServiceTest {

    private static final int CONTACTS = 200_000;

    @Test
    void streamCutByADatabaseFailureEndsInAnErrorNotInAShorterCleanFile() throws Exception {
        String account = newAccount();
        // About 14 MB of rows: more than loopback socket buffers hold, so the stream is still
        // reading the cursor when its database connection is cut.
        StringBuilder csv = new StringBuilder("email\n");
        for (int i = 0; i < CONTACTS; i++) {
            csv.append("contact").append(i).append(".with-a-rather-long-address@example.org\n");
        }
        importCsv(account, csv.toString());

        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/internal/v1/accounts/" + account + "/contacts/stream"))
                        .header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString(JSON.writeValueAsString(
                                Map.of("fields", List.of("email")))))
                        .build(),
                BodyHandlers.ofInputStream());
        BufferedReader rows = new BufferedReader(
                new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        String firstRow = rows.readLine();
        int stopped = terminateTheStreamingBackend();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(firstRow).endsWith(",\"contact0.with-a-rather-long-address@example.org\"]");
        assertThat(stopped).isEqualTo(1);
        assertThatThrownBy(() -> {
            long read = 1;
            while (rows.readLine() != null) {
                read++;
            }
            throw new AssertionError("The stream ended cleanly after " + read + " rows");
        }).isInstanceOf(IOException.class);
    }

    private static int terminateTheStreamingBackend() throws Exception {
        String url = SharedServers.postgres().jdbcUrl("contacts");
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                ResultSet terminated = connection.createStatement().executeQuery(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                + "WHERE state <> 'idle' "
                                + "AND query LIKE 'SELECT id, email FROM contacts%'")) {
            terminated.next();
            return terminated.getInt(1);
        }
    }
}
