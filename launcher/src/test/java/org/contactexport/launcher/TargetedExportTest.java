package org.contactexport.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.contactexport.launcher.demo.DemoCampaigns;
import org.contactexport.launcher.demo.DemoData;
import org.contactexport.launcher.demo.DemoUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Segment, search and campaign-result exports through the whole platform: for each default
 * segment and a range of criteria, the exported contacts are exactly those an independent SQL
 * query, written by hand here, finds in contact-service's database, do-not-track contacts left
 * out.
 */
class TargetedExportTest {

    private static final String ACCOUNT = "targeted";
    private static final String USER = "tess";

    /** Small, because the platform of the tests splits exports into parts of two contacts. */
    private static final int CONTACTS = 120;

    private static PlatformClient client;

    @BeforeAll
    static void loadBaseWithCampaigns() {
        Platform platform = RunningPlatform.get();
        new DemoData(platform).loadAccount(ACCOUNT, CONTACTS,
                List.of(new DemoUser(USER, "tess@targeted.example", "Tess Marchand", "fr")));
        new DemoCampaigns(platform).load(ACCOUNT, platform.adminToken(ACCOUNT, USER));
        client = RunningPlatform.client(ACCOUNT, USER);
    }

    static Stream<Selection> defaultSegments() {
        return Stream.of(
                new Selection("most-active-emails", null,
                        "email_status = 'valid' AND email_optin AND activity_level > 3"),
                new Selection("sms-contacts", null, "mobile IS NOT NULL AND mobile <> ''"
                        + " AND mobile_status = 'valid' AND sms_optin"),
                new Selection("email-unsubscribes", null, "email_status = 'unsubscribed'"),
                new Selection("sms-unsubscribes", null, "mobile_status = 'unsubscribed'"),
                new Selection("bad-email-addresses", null, "email_status = 'bounced'"),
                new Selection("bad-mobile-numbers", null, "mobile_status = 'invalid'"));
    }

    static Stream<Selection> criteria() {
        return Stream.of(
                new Selection("custom text, other case",
                        field("custom.city", "equals", "\"LYON\""),
                        "lower(custom_fields->>'city') = 'lyon'"),
                new Selection("custom text with accents",
                        field("custom.city", "equals", "\"saint-étienne\""),
                        "custom_fields->>'city' = 'Saint-Étienne'"),
                new Selection("contains an accented letter in any case",
                        field("first_name", "contains", "\"É\""),
                        "lower(first_name) LIKE '%é%'"),
                new Selection("starts with",
                        field("company", "starts_with", "\"sarl\""),
                        "lower(company) LIKE 'sarl%'"),
                new Selection("empty company",
                        "{\"field\":\"company\",\"op\":\"empty\"}",
                        "coalesce(company, '') = ''"),
                new Selection("custom number greater",
                        field("custom.loyalty_points", "greater", "2500"),
                        "(custom_fields->>'loyalty_points')::numeric > 2500"),
                new Selection("custom date before",
                        field("custom.birthday", "before", "\"1970-01-01\""),
                        "(custom_fields->>'birthday')::date < date '1970-01-01'"),
                new Selection("added after a day",
                        field("created_at", "after", "\"2024-06-01\""),
                        "created_at >= timestamptz '2024-06-01 00:00:00 Europe/Paris'"),
                new Selection("status in a list",
                        "{\"field\":\"email_status\",\"op\":\"in\","
                                + "\"values\":[\"unsubscribed\",\"complained\"]}",
                        "email_status IN ('unsubscribed', 'complained')"),
                new Selection("differs keeps contacts without a value",
                        field("custom.city", "differs", "\"paris\""),
                        "custom_fields->>'city' IS DISTINCT FROM 'Paris'"),
                new Selection("opened one campaign",
                        "{\"activity\":{\"result\":\"opened\",\"campaign\":\"nl-novembre\"}}",
                        activity("result = 'opened' AND campaign_id = 'nl-novembre'")),
                new Selection("delivered but did not open",
                        "{\"all\":[{\"activity\":{\"result\":\"delivered\","
                                + "\"campaign\":\"nl-novembre\"}},{\"not\":{\"activity\":"
                                + "{\"result\":\"opened\",\"campaign\":\"nl-novembre\"}}}]}",
                        activity("result = 'delivered' AND campaign_id = 'nl-novembre'")
                                + " AND NOT " + activity("result = 'opened'"
                                + " AND campaign_id = 'nl-novembre'")),
                new Selection("bounced as unknown user in any campaign",
                        "{\"activity\":{\"result\":\"bounced\","
                                + "\"bounceCategory\":\"unknown_user\"}}",
                        activity("result = 'bounced' AND bounce_category = 'unknown_user'")),
                new Selection("clicked in the last 20 days",
                        "{\"activity\":{\"result\":\"clicked\",\"withinLastDays\":20}}",
                        activity("result = 'clicked'"
                                + " AND occurred_at >= now() - interval '20 days'")),
                new Selection("nested any, all and not",
                        "{\"any\":[{\"all\":[" + field("custom.city", "equals", "\"Paris\"")
                                + "," + field("activity_level", "greater", "3") + "]},"
                                + "{\"not\":" + field("email_optin", "equals", "true") + "}]}",
                        "(custom_fields->>'city' = 'Paris' AND activity_level > 3)"
                                + " OR NOT coalesce(email_optin, false)"),
                new Selection("signed up through a web form, then received an emailing",
                        "{\"all\":[" + field("origin", "equals", "\"web_form\"") + ","
                                + "{\"activity\":{\"result\":\"delivered\","
                                + "\"channel\":\"email\"}}]}",
                        "origin = 'web_form' AND " + activity("result = 'delivered'"
                                + " AND channel = 'email'")),
                new Selection("level in a list and an email",
                        "{\"all\":[{\"field\":\"activity_level\",\"op\":\"in\","
                                + "\"values\":[0,5]},{\"field\":\"email\",\"op\":\"not_empty\"}]}",
                        "activity_level IN (0, 5) AND coalesce(email, '') <> ''"));
    }

    @ParameterizedTest(name = "default segment {0}")
    @MethodSource("defaultSegments")
    void defaultSegmentExportHoldsExactlyItsContacts(Selection segment) {
        Map<String, Object> source = Map.of("type", "SEGMENT", "id", segment.name());

        List<String> exported = exportedContacts(source);

        assertThat(exported).isNotEmpty().isEqualTo(contactsWhere(segment.sql(), true));
    }

    @ParameterizedTest(name = "custom segment: {0}")
    @MethodSource("criteria")
    void customSegmentExportHoldsExactlyTheMatchingContacts(Selection selection) {
        String segmentId = client.createSegment("Segment " + selection.name(),
                selection.criteria());

        List<String> exported = exportedContacts(Map.of("type", "SEGMENT", "id", segmentId));

        List<String> expected = contactsWhere(selection.sql(), true);
        assertThat(expected).as("the criterion selects part of the base")
                .isNotEmpty().hasSizeLessThan(contactsWhere("true", false).size());
        assertThat(exported).isEqualTo(expected);
    }

    @Test
    void searchExportHoldsExactlyTheMatchingContacts() {
        String searchId = client.createSearch("Lyonnais actifs", "{\"all\":["
                + field("custom.city", "equals", "\"Lyon\"") + ","
                + field("activity_level", "greater", "1") + "]}");

        List<String> exported = exportedContacts(Map.of("type", "SEARCH", "id", searchId));

        assertThat(exported).isNotEmpty().isEqualTo(contactsWhere(
                "custom_fields->>'city' = 'Lyon' AND activity_level > 1", true));
    }

    @Test
    void campaignResultExportHoldsTheContactsBehindTheFigure() {
        Map<String, Object> source = Map.of("type", "CAMPAIGN_RESULT",
                "campaign", "nl-novembre", "result", "clicked");

        List<String> exported = exportedContacts(source);

        assertThat(exported).isNotEmpty().isEqualTo(contactsWhere(
                activity("result = 'clicked' AND campaign_id = 'nl-novembre'"), true));
    }

    @Test
    void doNotTrackContactsAreLeftOutOfTargetedExportsOnlyAndKeptInTheWholeBase() {
        List<String> tracked = contactsWhere("true", true);
        List<String> everyone = contactsWhere("true", false);
        String everything = "{\"field\":\"activity_level\",\"op\":\"in\","
                + "\"values\":[0,1,2,3,4,5]}";
        String segmentId = client.createSegment("Tout le monde", everything);

        List<String> segment = exportedContacts(Map.of("type", "SEGMENT", "id", segmentId));
        List<String> wholeBase = exportedContacts(Map.of("type", "ALL"));

        assertThat(everyone).as("the base has do-not-track contacts").hasSizeGreaterThan(
                tracked.size());
        assertThat(segment).isEqualTo(tracked);
        assertThat(wholeBase).isEqualTo(everyone);
    }

    @Test
    void segmentEditedOrDeletedWhileItsExportRunsDoesNotChangeTheFile() {
        String lyon = field("custom.city", "equals", "\"Lyon\"");
        String edited = client.createSegment("Lyon, bientôt modifié", lyon);
        String deleted = client.createSegment("Lyon, bientôt supprimé", lyon);

        String editedExport = client.startExport(request(Map.of("type", "SEGMENT", "id", edited)));
        String deletedExport = client.startExport(
                request(Map.of("type", "SEGMENT", "id", deleted)));
        long version = PlatformClient.parse(client.callSegments("GET",
                "/api/v1/segments/" + edited, null).body()).get("version").asLong();
        HttpResponse<String> edit = client.callSegments("PATCH", "/api/v1/segments/" + edited,
                "{\"criteria\":" + field("custom.city", "equals", "\"Paris\"")
                        + ",\"version\":" + version + "}");
        HttpResponse<String> delete = client.callSegments("DELETE",
                "/api/v1/segments/" + deleted, null);

        List<String> lyonContacts = contactsWhere("custom_fields->>'city' = 'Lyon'", true);
        assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
        assertThat(delete.statusCode()).as(delete.body()).isEqualTo(204);
        assertThat(downloadedContacts(editedExport)).isNotEmpty().isEqualTo(lyonContacts);
        assertThat(downloadedContacts(deletedExport)).isEqualTo(lyonContacts);
    }

    @Test
    void hostileCriteriaValuesAreMatchedAsPlainText() {
        String hostile = "{\"any\":["
                + field("email", "equals", "\"' OR 1=1 --\"") + ","
                + field("company", "contains", "\"'); DROP TABLE contacts; --\"") + ","
                + field("custom.city", "starts_with", "\"%\"") + ","
                + field("last_name", "equals", "\"" + "x".repeat(500) + "\"") + "]}";
        String segmentId = client.createSegment("Hostile", hostile);

        List<String> exported = exportedContacts(Map.of("type", "SEGMENT", "id", segmentId));

        assertThat(exported).isEmpty();
        assertThat(contactsWhere("true", false)).hasSize(CONTACTS);
    }

    @Test
    void criteriaNestedBeyondTheLimitAreRefusedWithTheirPath() {
        String deep = "{\"field\":\"email\",\"op\":\"empty\"}";
        for (int level = 0; level < 9; level++) {
            deep = "{\"not\":" + deep + "}";
        }

        HttpResponse<String> answer = client.postToSegments("/api/v1/segments",
                "{\"name\":\"Trop profond\",\"criteria\":" + deep + "}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("not.not.not.not.not.not.not.not");
    }

    @Test
    void unknownSegmentAndAnotherAccountsSegmentAreNotFound() {
        String theirs = RunningPlatform.client("targeted-other", "olga").createSegment(
                "Le leur", field("email_status", "equals", "\"valid\""));

        HttpResponse<String> unknown = client.requestExport(request(
                Map.of("type", "SEGMENT", "id", "00000000-0000-0000-0000-000000000000")));
        HttpResponse<String> other = client.requestExport(request(
                Map.of("type", "SEGMENT", "id", theirs)));

        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.body()).contains("00000000-0000-0000-0000-000000000000");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(404);
        assertThat(other.body()).contains(theirs);
    }

    private static List<String> exportedContacts(Map<String, Object> source) {
        return downloadedContacts(client.startExport(request(source)));
    }

    private static List<String> downloadedContacts(String exportId) {
        client.awaitCompleted(exportId);
        String file = new String(client.download(exportId), StandardCharsets.UTF_8);
        try {
            List<String> contacts = new ArrayList<>();
            for (CSVRecord row : CSVFormat.RFC4180.parse(new StringReader(file))) {
                contacts.add(row.get(0) + "|" + row.get(1));
            }
            return contacts.stream().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> request(Map<String, Object> source) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", "Export ciblé");
        request.put("source", source);
        request.put("fields", List.of("email", "mobile"));
        request.put("file", Map.of("dialect", "data", "header", "none"));
        return request;
    }

    /** The contacts of the account matching a hand-written condition, as email|mobile. */
    private static List<String> contactsWhere(String condition, boolean excludeDoNotTrack) {
        Platform platform = RunningPlatform.get();
        String sql = "SELECT coalesce(email, '') || '|' || coalesce(mobile, '') FROM contacts c"
                + " WHERE account_id = ? AND (" + condition + ")"
                + (excludeDoNotTrack ? " AND NOT do_not_track" : "");
        try (Connection connection = DriverManager.getConnection(
                platform.postgres().jdbcUrl("contacts"), platform.postgres().username(), "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, ACCOUNT);
            List<String> contacts = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    contacts.add(rows.getString(1));
                }
            }
            return contacts.stream().sorted().toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Independent query failed: " + sql, e);
        }
    }

    private static String field(String key, String op, String jsonValue) {
        return "{\"field\":\"" + key + "\",\"op\":\"" + op + "\",\"value\":" + jsonValue + "}";
    }

    private static String activity(String condition) {
        return "EXISTS (SELECT 1 FROM contact_activity a WHERE a.account_id = c.account_id"
                + " AND a.contact_id = c.id AND " + condition + ")";
    }

    /** A named selection: its criteria (null for a default segment) and the equivalent SQL. */
    record Selection(String name, String criteria, String sql) {

        @Override
        public String toString() {
            return name;
        }
    }
}
