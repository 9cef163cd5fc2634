package org.contactexport.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.contactexport.launcher.demo.DemoAccount;
import org.contactexport.launcher.demo.DemoData;
import org.contactexport.launcher.demo.DemoUser;
import org.junit.jupiter.api.Test;

/** The demo's first user of an account is its admin: the only one who may register others. */
class DemoUsersTest {

    private static final String ACCOUNT = "case-demo-users";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDemosFirstUserRegistersTheOthersAndAPlainUserCannotChangeThem() throws Exception {
        // given
        Platform platform = RunningPlatform.get();
        DemoAccount loaded = new DemoData(platform).loadAccount(ACCOUNT, 3, List.of(
                new DemoUser("alice", "alice@fleurs.example", "Alice Lefèvre", "fr"),
                new DemoUser("marc", "marc@fleurs.example", "Marc Girard", "en")));

        // when
        HttpResponse<String> byMarc = putUser(platform.token(ACCOUNT, "marc"), "alice",
                "{\"email\":\"marc@evil.example\",\"displayName\":\"Alice\",\"language\":\"fr\"}");

        // then
        assertThat(loaded.contacts()).isEqualTo(3);
        assertThat(byMarc.statusCode()).isEqualTo(403);
        HttpResponse<String> users = http.send(HttpRequest.newBuilder(
                        URI.create(platform.notificationUrl() + "/api/v1/users"))
                        .header("Authorization", "Bearer " + platform.token(ACCOUNT, "marc"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(users.body())
                .contains("\"email\":\"alice@fleurs.example\"")
                .contains("\"email\":\"marc@fleurs.example\"")
                .doesNotContain("marc@evil.example");
    }

    private HttpResponse<String> putUser(String token, String userId, String json)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        RunningPlatform.get().notificationUrl() + "/api/v1/users/" + userId))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
