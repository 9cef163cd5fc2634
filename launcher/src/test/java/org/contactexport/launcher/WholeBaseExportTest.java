package org.contactexport.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A whole-base export of the 12 main fields in the spreadsheet dialect, from the import of a
 * small French base to the file, the history, the email and the download.
 */
class WholeBaseExportTest {

    private static final String ACCOUNT = "case-whole-base";
    private static final String USER = "anne";
    private static final String USER_EMAIL = "anne.admin@whole-base.example.org";
    private static final String EXPORT_NAME = "Base complète";

    /** Six contacts: accents, E.164 mobiles, ';' and a line break, a formula, DST edges. */
    private static final String BASE = """
            email,first_name,last_name,company,email_optin,email_status,mobile,sms_optin,\
            mobile_status,created_at,updated_at,activity_level,bounce_category,custom.postcode,\
            custom.note
            helene.lefevre@example.org,Hélène,Lefèvre,Lefèvre; Fils,true,valid,+33612345678,\
            true,valid,2024-01-05T10:30:00Z,2024-07-14T08:15:00Z,4,,01000,"Appeler le matin
            Jamais le lundi"
            francois.girard@example.fr,François,Girard,"Girard SARL
            Service achats",false,unsubscribed,,false,,2023-12-31T23:30:00Z,\
            2024-03-31T01:30:00Z,0,,75011,
            eve.morel@example.org,=1+1,Morel,ACME,true,bounced,+33698765432,false,unsubscribed,\
            2024-02-29T12:00:00Z,2024-02-29T12:00:00Z,1,unknown_user,,
            zoe.brandt@example.com,Zoë,Brandt,,false,unconfirmed,+4915112345678,true,invalid,\
            2024-10-27T00:59:59Z,2024-10-27T01:00:00Z,2,,,
            karim.haddad@example.net,كريم,Haddad,O'Neil & Co,true,complained,,,,\
            2024-05-01T00:00:00Z,2024-05-01T00:00:00Z,5,,,
            ,Léa,Moreau,,,,+33611223344,true,valid,2024-08-15T22:00:00Z,2024-08-15T22:00:00Z,,,,
            """;

    private static final String HEADER = "Prénom;Nom;Raison Sociale;Adresse Email;Opt-In Email;"
            + "Statut Email;Mobile (pour SMS);Opt-In SMS;Statut Mobile;Contact ajouté le;"
            + "Contact Modifié le;Degré d'activité du contact\r\n";

    /**
     * Values a spreadsheet would mangle are written as one string literal formula
     * ({@code ="+33612345678"}), which is export-service's choice; Calc shows the text.
     */
    private static final String EXPECTED_FILE = "\ufeff" + HEADER
            + "Hélène;Lefèvre;\"Lefèvre; Fils\";helene.lefevre@example.org;Oui;Valide;"
            + "\"=\"\"+33612345678\"\"\";Oui;Valide;2024-01-05 11:30:00;2024-07-14 10:15:00;4\r\n"
            + "François;Girard;\"Girard SARL\nService achats\";francois.girard@example.fr;Non;"
            + "Désinscrit;;Non;;2024-01-01 00:30:00;2024-03-31 03:30:00;0\r\n"
            + "\"=\"\"=1+1\"\"\";Morel;ACME;eve.morel@example.org;Oui;NPAI;"
            + "\"=\"\"+33698765432\"\"\";Non;Désinscrit (STOP);2024-02-29 13:00:00;"
            + "2024-02-29 13:00:00;1\r\n"
            + "Zoë;Brandt;;zoe.brandt@example.com;Non;Non confirmé;\"=\"\"+4915112345678\"\"\";"
            + "Oui;Numéro invalide;2024-10-27 02:59:59;2024-10-27 02:00:00;2\r\n"
            + "كريم;Haddad;O'Neil & Co;karim.haddad@example.net;Oui;Plainte pour spam;;;;"
            + "2024-05-01 02:00:00;2024-05-01 02:00:00;5\r\n"
            + "Léa;Moreau;;;;;\"=\"\"+33611223344\"\"\";Oui;Valide;2024-08-16 00:00:00;"
            + "2024-08-16 00:00:00;\r\n";

    /** The data rows as a person sees them in Calc. */
    private static final List<List<String>> EXPECTED_CELLS = List.of(
            List.of("Hélène", "Lefèvre", "Lefèvre; Fils", "helene.lefevre@example.org", "Oui",
                    "Valide", "+33612345678", "Oui", "Valide", "2024-01-05 11:30:00",
                    "2024-07-14 10:15:00", "4"),
            List.of("François", "Girard", "Girard SARL\nService achats",
                    "francois.girard@example.fr", "Non", "Désinscrit", "", "Non", "",
                    "2024-01-01 00:30:00", "2024-03-31 03:30:00", "0"),
            List.of("=1+1", "Morel", "ACME", "eve.morel@example.org", "Oui", "NPAI",
                    "+33698765432", "Non", "Désinscrit (STOP)", "2024-02-29 13:00:00",
                    "2024-02-29 13:00:00", "1"),
            List.of("Zoë", "Brandt", "", "zoe.brandt@example.com", "Non", "Non confirmé",
                    "+4915112345678", "Oui", "Numéro invalide", "2024-10-27 02:59:59",
                    "2024-10-27 02:00:00", "2"),
            List.of("كريم", "Haddad", "O'Neil & Co", "karim.haddad@example.net", "Oui",
                    "Plainte pour spam", "", "", "", "2024-05-01 02:00:00",
                    "2024-05-01 02:00:00", "5"),
            List.of("Léa", "Moreau", "", "", "", "", "+33611223344", "Oui", "Valide",
                    "2024-08-16 00:00:00", "2024-08-16 00:00:00", ""));

    private static final int DATE_COLUMNS_FROM = 9;
    private static final int DATE_COLUMNS_TO = 10;

    private static PlatformClient account;
    private static String exportId;
    private static byte[] file;

    @BeforeAll
    static void exportTheWholeBase() {
        account = RunningPlatform.client(ACCOUNT, USER);
        account.declareField("postcode", "Code postal", "Postcode", "text");
        account.declareField("note", "Note", "Note", "text");
        account.registerUser(USER, USER_EMAIL, "Anne Admin", "fr");
        JsonNode imported = account.importContacts(BASE.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.get("imported").asLong()).as("import: %s", imported).isEqualTo(6);

        exportId = account.startExport(Map.of(
                "name", EXPORT_NAME,
                "source", Map.of("type", "ALL"),
                "fields", "MAIN",
                "file", Map.of("dialect", "spreadsheet"),
                "notify", List.of(USER)));
        account.awaitCompleted(exportId);
        file = account.download(exportId);
    }

    @Test
    void fileHoldsTheMainFieldsAsAFrenchSpreadsheetReadsThem() {
        String text = new String(file, StandardCharsets.UTF_8);

        assertThat(text).isEqualTo(EXPECTED_FILE);
        assertThat(file).isEqualTo(EXPECTED_FILE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void calcShowsEveryValueAsTypedAndRunsNoFormula() {
        List<List<SpreadsheetCells.Cell>> rows = SpreadsheetCells.of(file, ';');

        List<List<SpreadsheetCells.Cell>> shown = rows.stream()
                .map(WholeBaseExportTest::datesAsText)
                .toList();

        SpreadsheetCells.assertDataRowsShow(shown, EXPECTED_CELLS);
    }

    @Test
    void historyShowsTheRowCountAndTheChecksumOfTheDownloadedFile() {
        JsonNode history = account.history(0, 20).get("items");

        JsonNode entry = history.get(0);
        assertThat(history).hasSize(1);
        assertThat(entry.get("id").asString()).isEqualTo(exportId);
        assertThat(entry.get("name").asString()).isEqualTo(EXPORT_NAME);
        assertThat(entry.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(entry.get("rows").asLong()).isEqualTo(6);
        assertThat(entry.get("bytes").asLong()).isEqualTo(file.length);
        assertThat(entry.get("sha256").asString()).isEqualTo(Sha256.of(file));
        assertThat(entry.get("downloadUrl").asString())
                .isEqualTo(RunningPlatform.get().deliveryUrl() + "/api/v1/files/" + exportId);
    }

    @Test
    void downloadAnnouncesItsLengthAndChecksum() {
        HttpResponse<byte[]> download = account.fileResponse(exportId);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("X-Checksum-SHA256")).hasValue(Sha256.of(file));
        assertThat(download.headers().firstValueAsLong("Content-Length"))
                .hasValue(file.length);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment;"));
    }

    @Test
    void namedUserGetsOneEmailInFrenchWithTheRowCountAndTheDownloadAddress() {
        String downloadUrl = RunningPlatform.get().deliveryUrl() + "/api/v1/files/" + exportId;

        List<ReceivedEmail> emails = Awaitility.await("email to " + USER)
                .atMost(PlatformClient.EXPORT_TIME_LIMIT)
                .until(WholeBaseExportTest::emailsToTheUser, received -> !received.isEmpty());

        assertThat(emails).hasSize(1);
        ReceivedEmail email = emails.get(0);
        assertThat(email.subject()).isEqualTo("Votre export « " + EXPORT_NAME + " » est prêt");
        assertThat(email.text()).contains("6 contacts").contains(downloadUrl);
        // A redelivered event or a late second email would show up here.
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> emailsToTheUser().size() == 1);
    }

    @Test
    void anotherAccountGetsNotFoundForTheJobAndForTheFile() {
        PlatformClient stranger = RunningPlatform.client("case-whole-base-stranger", USER);

        HttpResponse<String> job = stranger.exportResponse(exportId);
        HttpResponse<byte[]> download = stranger.fileResponse(exportId);

        assertThat(job.statusCode()).as("job of another account: %s", job.body())
                .isEqualTo(404);
        assertThat(download.statusCode()).as("file of another account").isEqualTo(404);
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).doesNotContain("@");
    }

    @Test
    void unknownFieldIsRefusedWithTheValidKeys() {
        HttpResponse<String> answer = account.requestExport(Map.of(
                "source", Map.of("type", "ALL"),
                "fields", List.of("email", "shoe_size")));

        JsonNode problem = PlatformClient.parse(answer.body());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("shoe_size");
        assertThat(problem.get("validFields").valueStream().map(JsonNode::asString).toList())
                .contains("email", "first_name", "bounce_detail", "custom.postcode",
                        "custom.note")
                .doesNotContain("shoe_size");
    }

    @Test
    void emptyAccountExportsAHeaderOnlyFile() {
        PlatformClient empty = RunningPlatform.client("case-whole-base-empty", USER);

        String emptyExport = empty.startExport(Map.of(
                "source", Map.of("type", "ALL"),
                "fields", "MAIN"));
        JsonNode job = empty.awaitCompleted(emptyExport);
        byte[] headerOnly = empty.download(emptyExport);

        assertThat(new String(headerOnly, StandardCharsets.UTF_8)).isEqualTo("\ufeff" + HEADER);
        assertThat(job.get("rows").asLong()).isZero();
    }

    private static List<ReceivedEmail> emailsToTheUser() {
        return RunningPlatform.get().mail().receivedMessages().stream()
                .map(ReceivedEmail::of)
                .filter(email -> email.recipients().contains(USER_EMAIL))
                .toList();
    }

    private static List<SpreadsheetCells.Cell> datesAsText(List<SpreadsheetCells.Cell> row) {
        List<SpreadsheetCells.Cell> cells = new ArrayList<>(row);
        for (int i = DATE_COLUMNS_FROM; i <= DATE_COLUMNS_TO && i < cells.size(); i++) {
            cells.set(i, cells.get(i).asDateTime());
        }
        return cells;
    }
}
