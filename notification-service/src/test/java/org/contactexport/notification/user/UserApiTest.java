package org.contactexport.notification.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.contactexport.notification.ServiceTestSupport;
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
    void theUserApiNeedsAToken() throws Exception {
        HttpRequest withoutToken = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/users")).build();

        HttpResponse<String> response =
                http.send(withoutToken, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }
}
