package org.contactexport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Scheduled delivery to a customer's SFTP server through the whole platform: delivery-service
 * publishes the run, export-service writes the automated export, delivery-service uploads it,
 * export-service shows its delivery status, notification-service reports a failure.
 */
class ScheduledDeliveryTest {

    private static final String FILE_NAME = "contacts_\\d{8}_\\d{6}\\.csv";

    @Test
    void aScheduleRunTwicePutsTwoWholeFilesWithTheBytesOfTheExportRunByHand() {
        PlatformClient client = accountWithContacts("planifie", "paul");
        String manualId = client.startExport(manualExport());
        byte[] manual = client.download(client.awaitCompleted(manualId).get("id").asString());
        SftpDelivery partner = SftpDelivery.newTarget(client);
        String scheduleId = partner.scheduleFrom(manualId, "contacts_{yyyyMMdd_HHmmss}.csv",
                List.of());

        partner.runNow(scheduleId);
        partner.awaitRunsEnded(scheduleId, 1);
        awaitNextSecond();
        partner.runNow(scheduleId);
        JsonNode runs = partner.awaitRunsEnded(scheduleId, 2);

        assertThat(runs.valueStream().map(run -> run.get("deliveryStatus").asString()))
                .containsExactly("DELIVERED", "DELIVERED");
        assertThat(runs.valueStream().map(run -> run.get("sha256").asString()))
                .containsOnly(Sha256.of(manual));
        List<String> files = partner.files();
        assertThat(files).hasSize(2).allMatch(name -> name.matches(FILE_NAME));
        assertThat(partner.read(files.get(0))).isEqualTo(manual);
        assertThat(partner.read(files.get(1))).isEqualTo(manual);
        assertThat(new String(manual, StandardCharsets.UTF_8))
                .isEqualTo("email,first_name,company\r\n"
                        + "zoe.brandt@example.com,Zoë,\"Martin, Dupont & Fils\"\r\n"
                        + "luc.bernard@example.org,Luc,\"Notes: \"\"a\nb\"\"\"\r\n");
    }

    @Test
    void theHistoryShowsEachAutomatedExportWithItsDeliveryStatus() {
        PlatformClient client = accountWithContacts("planifie-historique", "paul");
        String manualId = client.startExport(manualExport());
        client.awaitCompleted(manualId);
        SftpDelivery partner = SftpDelivery.newTarget(client);
        String scheduleId = partner.scheduleFrom(manualId, "contacts_{yyyyMMdd_HHmmss}.csv",
                List.of());

        partner.runNow(scheduleId);
        String runExport = partner.awaitRunsEnded(scheduleId, 1).get(0).get("exportId")
                .asString();

        JsonNode automated = await("delivery status in the history")
                .atMost(SftpDelivery.DELIVERY_TIME_LIMIT)
                .until(() -> PlatformClient.parse(client.getFromExports(
                                "/api/v1/exports?automated=true&scheduleId=" + scheduleId).body()),
                        page -> page.get("items").size() == 1 && "DELIVERED".equals(page
                                .at("/items/0/delivery/status").asString()));
        JsonNode job = automated.get("items").get(0);
        assertThat(job.get("id").asString()).isEqualTo(runExport);
        assertThat(job.get("automated").asBoolean()).isTrue();
        assertThat(job.at("/schedule/name").asString()).isEqualTo("Flux partenaire");
        assertThat(job.at("/delivery/remotePath").asString()).matches(".*/" + FILE_NAME);
        HttpResponse<String> last = client.getFromExports("/api/v1/exports/last-automated");
        assertThat(PlatformClient.parse(last.body()).get("id").asString()).isEqualTo(runExport);
    }

    @Test
    void aWrongPasswordIsNamedByTheConnectionTestAndARealRunEmailsTheUsersTheReason() {
        PlatformClient client = accountWithContacts("planifie-echec", "nina");
        client.registerUser("nina", "nina@planifie.example", "Nina Perrot", "fr");
        String manualId = client.startExport(manualExport());
        client.awaitCompleted(manualId);
        SftpDelivery partner = SftpDelivery.newTarget(client, "not-the-password");
        String scheduleId = partner.scheduleFrom(manualId, "contacts_{yyyyMMdd_HHmmss}.csv",
                List.of("nina"));

        HttpResponse<String> test = client.callDelivery("POST",
                "/api/v1/sftp-targets/" + partner.targetId() + "/test", null);
        partner.runNow(scheduleId);
        JsonNode run = partner.awaitRunsEnded(scheduleId, 1).get(0);

        assertThat(PlatformClient.parse(test.body()).get("code").asString())
                .isEqualTo("AUTHENTICATION_FAILED");
        assertThat(run.get("deliveryStatus").asString()).isEqualTo("FAILED");
        assertThat(run.get("reason").asString()).isEqualTo("The server 127.0.0.1:"
                + RunningPlatform.get().sftp().port() + " refused the password or key of user "
                + partner.folder().getFileName() + ".");
        assertThat(partner.files()).isEmpty();
        ReceivedEmail email = await("failure email to nina")
                .atMost(SftpDelivery.DELIVERY_TIME_LIMIT)
                .until(() -> emailTo("nina@planifie.example"), found -> found != null);
        assertThat(email.subject()).isEqualTo("Livraison SFTP échouée : Flux partenaire");
        assertThat(email.text()).contains(run.get("reason").asString());
        assertThat(email.text()).doesNotContain("not-the-password");
    }

    private static PlatformClient accountWithContacts(String accountId, String userId) {
        PlatformClient client = RunningPlatform.client(accountId, userId);
        List<Map<String, Object>> contacts = List.of(
                Map.of("email", "zoe.brandt@example.com", "first_name", "Zoë",
                        "company", "Martin, Dupont & Fils"),
                Map.of("email", "luc.bernard@example.org", "first_name", "Luc",
                        "company", "Notes: \"a\nb\""));
        client.importContacts(ImportFile.of(contacts));
        return client;
    }

    private static Map<String, Object> manualExport() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", "Flux CRM");
        request.put("source", Map.of("type", "ALL"));
        request.put("fields", List.of("email", "first_name", "company"));
        request.put("file", Map.of("dialect", "data"));
        return request;
    }

    /** File names carry the second of the run: two runs in one second would share one. */
    private static void awaitNextSecond() {
        long second = System.currentTimeMillis() / 1000;
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> System.currentTimeMillis() / 1000 > second);
    }

    private static ReceivedEmail emailTo(String address) {
        return RunningPlatform.get().mail().receivedMessages().stream()
                .map(ReceivedEmail::of)
                .filter(email -> email.recipients().contains(address))
                .findFirst()
                .orElse(null);
    }
}
