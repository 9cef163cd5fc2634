package org.contactexport.contact.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.contactexport.contact.ContactServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ContactImportTest extends ContactServiceTest {

    @Test
    void accentsSurviveAndTheByteOrderMarkDoesNotHideTheFirstColumn() {
        String account = newAccount();
        String csv = "\uFEFFemail,first_name,last_name\r\n"
                + "jeanne.martin@example.org,Hélène,Lefèvre\r\n"
                + "karim.haddad@example.net,كريم,Haddad\r\n"
                + "zoe.brandt@example.com,Zoë,Brandt\r\n";

        JsonNode result = importCsv(account, csv);
        JsonNode contacts = contacts(account);

        assertThat(result).isEqualTo(JSON.readTree(
                "{\"imported\":3,\"rejected\":0,\"errors\":[]}"));
        assertThat(values(contacts, "email", "first_name", "last_name")).containsExactly(
                List.of("jeanne.martin@example.org", "Hélène", "Lefèvre"),
                List.of("karim.haddad@example.net", "كريم", "Haddad"),
                List.of("zoe.brandt@example.com", "Zoë", "Brandt"));
    }

    @Test
    void semicolonDelimiterIsDetectedAndQuotedValuesKeepSeparatorsQuotesAndLineBreaks() {
        String account = newAccount();
        declareCustomField(account, "notes", "text");
        String csv = "email;company;custom.notes\n"
                + "jeanne.martin@example.org;Martin, Dupont & Fils;\"Prefers \"\"Jeanne\"\"\"\n"
                + "luc.bernard@example.org;\"Café; Bar Léon\";\"Line one\nLine two\"\n"
                + "zoe.brandt@example.com;O'Neil Ltd;\n";

        JsonNode result = importCsv(account, csv);

        assertThat(result.get("imported").asLong()).isEqualTo(3);
        assertThat(values(contacts(account), "email", "company", "custom.notes")).containsExactly(
                List.of("jeanne.martin@example.org", "Martin, Dupont & Fils",
                        "Prefers \"Jeanne\""),
                List.of("luc.bernard@example.org", "Café; Bar Léon", "Line one\nLine two"),
                Arrays.asList("zoe.brandt@example.com", "O'Neil Ltd", null));
    }

    @Test
    void rowsAtFaultAreReportedByLineAndFieldWhileTheGoodRowsLoad() {
        String account = newAccount();
        declareCustomField(account, "score", "number");
        String csv = """
                email,mobile,email_optin,email_status,activity_level,custom.score
                jeanne.martin@example.org,+33612345678,oui,valid,3,12
                not-an-email,,true,,,
                paul.durand@example.org,0612345678,,,,
                ines.roux@example.org,,peut-être,,,
                marc.petit@example.org,,,npai,,
                lea.moreau@example.org,,,,7,
                anna.keller@example.org,,,,,douze
                ,,1,,,
                ,+33 6 11 22 33 44,0,,,
                """;

        JsonNode result = importCsv(account, csv);

        assertThat(result.get("imported").asLong()).isEqualTo(2);
        assertThat(result.get("rejected").asLong()).isEqualTo(7);
        assertThat(result.get("errors").valueStream().map(e -> e.get("line").asLong() + " "
                + e.get("field").asString()).toList()).containsExactly(
                        "3 email", "4 mobile", "5 email_optin", "6 email_status",
                        "7 activity_level", "8 custom.score", "9 email");
        assertThat(result.get("errors").get(0).get("message").asString())
                .isEqualTo("'not-an-email' is not a valid email address");
        assertThat(result.get("errors").get(6).get("message").asString())
                .isEqualTo("A contact needs an email or a mobile; this row has neither");
        assertThat(values(contacts(account), "email", "mobile", "email_optin", "email_status",
                "activity_level", "custom.score")).containsExactly(
                List.of("jeanne.martin@example.org", "+33612345678", "true", "valid", "3",
                        "12"),
                Arrays.asList(null, "+33611223344", "false", null, null, null));
    }

    @Test
    void emptyCellsAreNoValueAndTimestampsMayBeGivenInIso8601() {
        String account = newAccount();
        String csv = """
                email,first_name,created_at,updated_at,do_not_track,sms_optin
                jeanne.martin@example.org,,2024-01-05T10:30:00Z,2024-02-01 08:00:00+01:00,,
                paul.durand@example.org,Paul,2023-12-31,,oui,non
                """;

        JsonNode result = importCsv(account, csv);
        JsonNode contacts = contacts(account);

        assertThat(result.get("imported").asLong()).isEqualTo(2);
        assertThat(values(contacts, "first_name", "created_at", "updated_at", "do_not_track",
                "sms_optin").get(0)).containsExactly(null, "2024-01-05T10:30:00Z",
                "2024-02-01T07:00:00Z", "false", null);
        assertThat(values(contacts, "first_name", "created_at", "do_not_track", "sms_optin")
                .get(1)).containsExactly("Paul", "2023-12-31T00:00:00Z", "true", "false");
        assertThat(contacts.get(1).get("updated_at").asString()).matches(
                "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Test
    void importAlwaysCreatesNewContactsEvenForAKnownEmail() {
        String account = newAccount();
        importCsv(account, "email,first_name\njeanne.martin@example.org,Jeanne\n");

        importCsv(account, "email,first_name\njeanne.martin@example.org,Jeannette\n");

        assertThat(values(contacts(account), "email", "first_name")).containsExactly(
                List.of("jeanne.martin@example.org", "Jeanne"),
                List.of("jeanne.martin@example.org", "Jeannette"));
    }

    @Test
    void unknownColumnIsRefusedByNameWithTheValidKeysAndNothingLoads() {
        String account = newAccount();

        HttpResponse<String> response = post("/api/v1/contacts/import", account, "text/csv",
                "email;prenom\njeanne.martin@example.org;Jeanne\n");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.get("column").asString()).isEqualTo("prenom");
        assertThat(problem.get("detail").asString()).startsWith("Unknown column 'prenom'")
                .contains("first_name", "activity_level", "do_not_track");
        assertThat(problem.get("validKeys").valueStream().map(JsonNode::asString))
                .contains("email", "first_name", "bounce_detail");
        assertThat(contacts(account).size()).isZero();
    }

    @Test
    void undeclaredCustomColumnIsUnknown() {
        HttpResponse<String> response = post("/api/v1/contacts/import", newAccount(),
                "text/csv", "email,custom.city\njeanne.martin@example.org,Lyon\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("column").asString()).isEqualTo("custom.city");
    }

    @Test
    void fileWithoutEmailOrMobileColumnIsRefused() {
        HttpResponse<String> response = post("/api/v1/contacts/import", newAccount(),
                "text/csv", "first_name\nJeanne\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asString()).contains("'email' or a 'mobile'");
    }

    @Test
    void textThatIsNotUtf8IsRefusedAndNothingLoads() {
        String account = newAccount();
        byte[] latin1 = "email,first_name\njeanne.martin@example.org,Hélène\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> response = post("/api/v1/contacts/import", account, "text/csv",
                BodyPublishers.ofByteArray(latin1));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asString()).contains("not UTF-8");
        assertThat(contacts(account).size()).isZero();
    }

    @Test
    void unterminatedQuoteIsRefusedAndNothingLoads() {
        String account = newAccount();

        HttpResponse<String> response = post("/api/v1/contacts/import", account, "text/csv",
                "email,company\njeanne.martin@example.org,ACME\npaul@example.org,\"Open\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asString()).contains("not valid CSV");
        assertThat(contacts(account).size()).isZero();
    }

    @Test
    void aHeaderRowWithALineBreakInAQuotedNameIsRefusedAsMalformed() {
        // given
        String account = newAccount();

        // when
        HttpResponse<String> response = post("/api/v1/contacts/import", account, "text/csv",
                "\"email\n\";first_name\njeanne.martin@example.org;Jeanne\n");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asString()).isEqualTo("The header row is "
                + "malformed: it must name the columns by field key on its first line, and a "
                + "quoted name must close before that line ends. Nothing was loaded.");
        assertThat(contacts(account).size()).isZero();
    }

    @Test
    void aValueLongerThan10000CharactersRejectsItsRowOnly() {
        // given
        String account = newAccount();
        String csv = "email,company\n"
                + "jeanne.martin@example.org," + "c".repeat(10_000) + "\n"
                + "paul.durand@example.org," + "c".repeat(10_001) + "\n"
                + "zoe.brandt@example.com,ACME\n";

        // when
        JsonNode result = importCsv(account, csv);

        // then
        assertThat(result.get("imported").asLong()).isEqualTo(2);
        assertThat(result.get("rejected").asLong()).isEqualTo(1);
        assertThat(result.get("errors")).isEqualTo(JSON.readTree("[{\"line\":3,"
                + "\"field\":\"company\",\"message\":\"The value is longer than 10000 "
                + "characters\"}]"));
        assertThat(values(contacts(account), "email")).containsExactly(
                List.of("jeanne.martin@example.org"), List.of("zoe.brandt@example.com"));
    }

    @Test
    void aRecordLongerThan1MbIsRefusedAndNothingLoads() {
        // given
        String account = newAccount();
        String csv = "email,company\njeanne.martin@example.org,ACME\n"
                + "paul.durand@example.org,\"" + "c".repeat(1_100_000) + "\"\n";

        // when
        HttpResponse<String> response = post("/api/v1/contacts/import", account, "text/csv",
                csv);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asString()).isEqualTo("The record starting "
                + "on line 3 is longer than 1048576 characters; is a quote left open? "
                + "Nothing was loaded.");
        assertThat(contacts(account).size()).isZero();
    }

    @Test
    void aHeaderRowLongerThan64KbIsRefused() {
        // given
        String account = newAccount();
        String csv = "email," + "x".repeat(70_000) + "\njeanne.martin@example.org,A\n";

        // when
        HttpResponse<String> response = post("/api/v1/contacts/import", account, "text/csv",
                csv);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asString()).isEqualTo("The header row is "
                + "longer than 65536 characters; it must name the columns by field key. "
                + "Nothing was loaded.");
        assertThat(contacts(account).size()).isZero();
    }

    @Test
    void importNeedsABearerToken() {
        HttpResponse<String> response = post("/api/v1/contacts/import", null, "text/csv",
                "email\njeanne.martin@example.org\n");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private JsonNode contacts(String account) {
        HttpResponse<String> response = get("/api/v1/contacts?size=500", account);
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response).get("contacts");
    }

    private static List<List<String>> values(JsonNode contacts, String... keys) {
        return contacts.valueStream().map(contact -> Arrays.stream(keys)
                .map(key -> contact.get(key).isNull() ? null : contact.get(key).asString())
                .toList()).toList();
    }
}
