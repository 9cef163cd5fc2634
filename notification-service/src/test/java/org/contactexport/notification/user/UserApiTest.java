package org.contactexport.notification.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.contactexport.notification.ServiceTestSupport;
import org.contactexport.security.AccountTokens;
import org.junit.jupiter.api.Test;

class UserApiTest extends ServiceTestSupport {

    @Test
    void aNewUserIsCreatedThenUpdatedInPlace() throws Exception {
        String account = newAccount();

        HttpResponse<String> created = put(account, "/api/v1/users/u-1", """
                {"email":"elodie@example.com","displayName":"Élodie","language":"fr"}""");
        HttpResponse<String> updated = put(account, "/api/v1/users/u-1", """
                {"email":"elodie.martin@example.com","displayName":"Élodie M.",\
                "language":"en"}""");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(get(account, "/api/v1/users").body())
                .contains("\"userId\":\"u-1\"")
                .contains("\"email\":\"elodie.martin@example.com\"")
                .contains("\"displayName\":\"Élodie M.\"")
                .contains("\"language\":\"en\"")
                .doesNotContain("elodie@example.com");
    }

    @Test
    void usersAreListedOnlyToTheirOwnAccount() throws Exception {
        String account = newAccount();
        String other = newAccount();
        put(account, "/api/v1/users/mine", """
                {"email":"me@example.com","displayName":"Me","language":"en"}""");
        put(other, "/api/v1/users/theirs", """
                {"email":"them@example.com","displayName":"Them","language":"fr"}""");

        HttpResponse<String> listing = get(account, "/api/v1/users");

        assertThat(listing.statusCode()).isEqualTo(200);
        assertThat(listing.body()).contains("\"userId\":\"mine\"")
                .doesNotContain("theirs").doesNotContain("them@example.com");
    }

    @Test
    void anInvalidEmailIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> response = put(newAccount(), "/api/v1/users/u-2", """
                {"email":"not-an-address","displayName":"Paul","language":"fr"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/problem+json");
        assertThat(response.body())
                .contains("\"detail\":\"email: must be a well-formed email address\"")
                .contains("\"field\":\"email\"");
    }

    @Test
    void anUnknownLanguageAndABlankNameAreRefusedNamingBothFields() throws Exception {
        HttpResponse<String> response = put(newAccount(), "/api/v1/users/u-3", """
                {"email":"paul@example.com","displayName":" ","language":"de"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(
                "\"detail\":\"displayName: must not be blank; language: must be fr or en\"");
    }

    @Test
    void aUserWhoIsNotAdminCannotRedirectAnotherUsersNotifications() throws Exception {
        // given
        String account = newAccount();
        put(account, "/api/v1/users/alice", """
                {"email":"alice@fleurs.example","displayName":"Alice","language":"fr"}""");

        // when
        HttpResponse<String> response = putAs(account, "marc", List.of(), "/api/v1/users/alice",
                """
                {"email":"marc@evil.example","displayName":"Alice","language":"fr"}""");

        // then
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/problem+json");
        assertThat(response.body())
                .contains("\"title\":\"Not allowed to change this user\"")
                .contains("\"detail\":\"Only user alice or an admin of the account may change "
                        + "this user\"");
        assertThat(get(account, "/api/v1/users").body())
                .contains("\"email\":\"alice@fleurs.example\"")
                .doesNotContain("marc@evil.example");
    }

    @Test
    void aUserWhoIsNotAdminMayChangeTheirOwnProfile() throws Exception {
        // given
        String account = newAccount();

        // when
        HttpResponse<String> created = putAs(account, "marc", List.of(), "/api/v1/users/marc", """
                {"email":"marc@fleurs.example","displayName":"Marc","language":"fr"}""");
        HttpResponse<String> updated = putAs(account, "marc", List.of(), "/api/v1/users/marc", """
                {"email":"marc.l@fleurs.example","displayName":"Marc","language":"en"}""");

        // then
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).contains("\"email\":\"marc.l@fleurs.example\"");
    }

    @Test
    void anAdminOfTheAccountMayChangeAnotherUser() throws Exception {
        // given
        String account = newAccount();
        putAs(account, "marc", List.of(), "/api/v1/users/marc", """
                {"email":"marc@fleurs.example","displayName":"Marc","language":"fr"}""");

        // when
        HttpResponse<String> response = putAs(account, "alice", List.of("admin"),
                "/api/v1/users/marc", """
                {"email":"marc.new@fleurs.example","displayName":"Marc","language":"fr"}""");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"email\":\"marc.new@fleurs.example\"");
    }

    @Test
    void theInternalApiTellsWhichUserIdsAreUsersOfTheAccount() throws Exception {
        // given
        String account = newAccount();
        String other = newAccount();
        put(account, "/api/v1/users/alice", """
                {"email":"alice@fleurs.example","displayName":"Alice","language":"fr"}""");
        put(other, "/api/v1/users/bob", """
                {"email":"bob@velos.example","displayName":"Bob","language":"en"}""");

        // when
        HttpResponse<String> response = postInternal(
                "/internal/v1/accounts/" + account + "/users/known",
                """
                {"userIds":["nobody","alice","bob","alice"]}""");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"known\":[\"alice\"]}");
    }

    @Test
    void theInternalApiAnswersAnEmptyListForNoIds() throws Exception {
        // when
        HttpResponse<String> response = postInternal(
                "/internal/v1/accounts/" + newAccount() + "/users/known", """
                {"userIds":[]}""");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"known\":[]}");
    }

    @Test
    void theInternalApiRefusesMoreThan100Ids() throws Exception {
        // given
        String ids = IntStream.rangeClosed(1, 101)
                .mapToObj(i -> "\"u" + i + "\"")
                .collect(Collectors.joining(","));

        // when
        HttpResponse<String> response = postInternal(
                "/internal/v1/accounts/" + newAccount() + "/users/known",
                "{\"userIds\":[" + ids + "]}");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"userIds\"")
                .contains("userIds: size must be between 0 and 100");
    }

    @Test
    void theUserApiIsDocumentedInTheOpenApiDescription() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"/api/v1/users/{userId}\"")
                .contains("\"/api/v1/notifications\"")
                .contains("A field is invalid; the body names it");
    }

    @Test
    void aTokenWhoseAccountIsAPathIsRefusedSayingWhichClaimIsMalformed() throws Exception {
        // given
        String token = AccountTokens.issue(SECRET, "../../etc", "bob", Duration.ofMinutes(10));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/users"))
                .header("Authorization", "Bearer " + token)
                .build();

        // when
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                header -> assertThat(header).contains("error=\"invalid_token\"")
                        .contains("The 'account' claim is malformed"));
    }

    @Test
    void theUserApiNeedsAToken() throws Exception {
        HttpRequest withoutToken = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/users")).build();

        HttpResponse<String> response =
                http.send(withoutToken, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }
}
