package org.contactexport.delivery.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.contactexport.delivery.ServiceTest;
import org.contactexport.embedded.SftpServer;
import org.contactexport.embedded.SharedServers;
import org.junit.jupiter.api.Test;

/** A template's segment, search or campaign source is checked and named when it is saved. */
class ScheduleSourceTest extends ServiceTest {

    private final SftpServer sftp = SharedServers.sftp();

    @Test
    void aTemplateOnADefaultSegmentShowsTheSegmentsName() throws Exception {
        // given
        String account = newAccount();
        SEGMENT_SERVICE.knows(account, "SEGMENT", "most-active-emails",
                "Adresses email les plus actives");
        String target = createTarget(account);

        // when
        HttpResponse<String> created = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, source("SEGMENT", "most-active-emails")));
        HttpResponse<String> shown = call(account, "GET",
                "/api/v1/schedules/" + idOf(created.body()), null);

        // then
        String named = "\"source\":{\"type\":\"SEGMENT\",\"reference\":\"most-active-emails\","
                + "\"name\":\"Adresses email les plus actives\"}";
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains(named);
        assertThat(shown.body()).contains(named);
        assertThat(SEGMENT_SERVICE.requestsOf(account)).hasSize(1);
        assertThat(SEGMENT_SERVICE.requestsOf(account).get(0).toString())
                .isEqualTo("{\"type\":\"SEGMENT\",\"id\":\"most-active-emails\"}");
    }

    @Test
    void anUnknownSegmentIsA404NamingItAndStoresNothing() throws Exception {
        // given
        String account = newAccount();
        String target = createTarget(account);

        // when
        HttpResponse<String> refused = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, source("SEGMENT", "no-such-segment")));

        // then
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body())
                .contains("\"detail\":\"No segment \\\"no-such-segment\\\" in this account\"");
        assertThat(call(account, "GET", "/api/v1/schedules", null).body()).isEqualTo("[]");
    }

    @Test
    void segmentServiceDownIsA503SayingSoAndStoresNothing() throws Exception {
        // given
        String account = newAccount();
        SEGMENT_SERVICE.unreachableFor(account);
        String target = createTarget(account);

        // when
        HttpResponse<String> refused = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, source("SEARCH", UUID.randomUUID().toString())));

        // then
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains("segment-service could not be reached to check "
                + "the search");
        assertThat(call(account, "GET", "/api/v1/schedules", null).body()).isEqualTo("[]");
    }

    @Test
    void anEditToABouncedCategoryAsksForTheSplitReferenceAndShowsItsName() throws Exception {
        // given
        String account = newAccount();
        SEGMENT_SERVICE.knows(account, "CAMPAIGN_RESULT", "nl-2026-11/bounced",
                "Bounced, unknown user: nl-2026-11");
        String target = createTarget(account);
        UUID schedule = idOf(call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, source("ALL", null))).body());

        // when
        HttpResponse<String> edited = call(account, "PATCH", "/api/v1/schedules/" + schedule,
                "{\"source\": "
                        + sourceObject("CAMPAIGN_RESULT", "nl-2026-11/bounced/unknown_user")
                        + "}");

        // then
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(edited.body()).contains("\"source\":{\"type\":\"CAMPAIGN_RESULT\","
                + "\"reference\":\"nl-2026-11/bounced/unknown_user\","
                + "\"name\":\"Bounced, unknown user: nl-2026-11\"}");
        assertThat(SEGMENT_SERVICE.requestsOf(account).get(0).toString())
                .isEqualTo("{\"type\":\"CAMPAIGN_RESULT\",\"campaign\":\"nl-2026-11\","
                        + "\"result\":\"bounced\",\"bounceCategory\":\"unknown_user\"}");
    }

    @Test
    void theWholeBaseIsNamedWithoutAskingSegmentService() throws Exception {
        // given
        String account = newAccount();
        String target = createTarget(account);

        // when
        HttpResponse<String> created = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, source("ALL", null)));

        // then
        assertThat(created.body())
                .contains("\"source\":{\"type\":\"ALL\",\"reference\":null,"
                        + "\"name\":\"Whole base\"}");
        assertThat(SEGMENT_SERVICE.requestsOf(account)).isEmpty();
    }

    @Test
    void aScheduleMadeFromAnExportKeepsItsSourceNameWithoutAskingSegmentService()
            throws Exception {
        // given
        String account = newAccount();
        String target = createTarget(account);
        UUID export = UUID.randomUUID();
        EXPORT_SERVICE.knowsExport(account, export, """
                {"id": "%s", "name": "SMS", "status": "COMPLETED", "automated": false,
                 "source": {"type": "SEGMENT", "reference": "sms-contacts",
                            "name": "Contacts SMS"},
                 "fields": ["mobile"],
                 "file": {"dialect": "data", "delimiter": ";", "bom": false, "header": "keys",
                          "timeZone": "Europe/Paris"}}""".formatted(export));

        // when
        HttpResponse<String> created = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, "\"fromExport\": \"" + export + "\""));

        // then
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"source\":{\"type\":\"SEGMENT\","
                + "\"reference\":\"sms-contacts\",\"name\":\"Contacts SMS\"}");
        assertThat(SEGMENT_SERVICE.requestsOf(account)).isEmpty();
    }

    private String createTarget(String account) throws Exception {
        var user = sftp.newAccount();
        HttpResponse<String> response = call(account, "POST", "/api/v1/sftp-targets", """
                {"name": "Partner", "host": "127.0.0.1", "port": %d, "username": "%s",
                 "password": "%s", "hostKey": "%s", "directory": "/"}"""
                .formatted(sftp.port(), user.user(), user.password(), sftp.knownHostsLine()));
        assertThat(response.statusCode()).isEqualTo(201);
        return idOf(response.body()).toString();
    }

    private static String scheduleJson(String target, String basis) {
        return """
                {"name": "Partner feed", "targetId": "%s", "fileNamePattern": "feed.csv",
                 "frequency": {"type": "DAILY", "time": "23:59"}, "timeZone": "Europe/Paris",
                 %s}""".formatted(target, basis);
    }

    private static String source(String type, String reference) {
        return "\"template\": {\"source\": " + sourceObject(type, reference)
                + ", \"fields\": [\"email\"]}";
    }

    private static String sourceObject(String type, String reference) {
        return reference == null
                ? "{\"type\": \"" + type + "\", \"name\": \"SEGMENT\"}"
                : "{\"type\": \"" + type + "\", \"reference\": \"" + reference
                        + "\", \"name\": \"SEGMENT\"}";
    }

    private static UUID idOf(String json) {
        return UUID.fromString(json.replaceAll("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1"));
    }
}
