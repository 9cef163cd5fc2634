package org.contactexport.delivery.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.contactexport.delivery.ServiceTest;
import org.contactexport.embedded.OpenSshServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same delivery against OpenSSH's own sshd, logging in with a private key. Skipped where
 * sshd is not installed, unless REQUIRE_OPENSSH=true (CI), where it must run.
 */
class OpenSshDeliveryTest extends ServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] CASE_BYTE_EXACT = ("\uFEFFemail,custom.notes\r\n"
            + "jeanne.martin@example.org,\"a\nb\"\r\n").getBytes(StandardCharsets.UTF_8);

    private static OpenSshServer sshd;

    @BeforeAll
    static void startSshd() {
        assumeTrue(OpenSshServer.isAvailable(), "OpenSSH's sshd is not installed");
        sshd = OpenSshServer.start();
    }

    @AfterAll
    static void stopSshd() {
        if (sshd != null) {
            sshd.close();
        }
    }

    @Test
    void aKeyLoginTestsOkAndARunPutsTheExactFileOnOpenSsh() throws Exception {
        // given
        String account = newAccount();
        String target = targetJson(sshd.knownHostsLine(), sshd.remoteUploadDirectory());
        HttpResponse<String> tested = call(account, "POST", "/api/v1/sftp-targets/test", target);
        String targetId = idOf(call(account, "POST", "/api/v1/sftp-targets", target));
        UUID schedule = UUID.fromString(idOf(call(account, "POST", "/api/v1/schedules", """
                {"name": "OpenSSH feed", "targetId": "%s", "fileNamePattern": "{name}.csv",
                 "frequency": {"type": "DAILY", "time": "23:59"}, "timeZone": "UTC",
                 "template": {"source": {"type": "ALL"}, "fields": ["email"]}}"""
                .formatted(targetId))));
        EXPORT_SERVICE.serve(schedule, CASE_BYTE_EXACT);

        // when
        String run = call(account, "POST", "/api/v1/schedules/" + schedule + "/run-now", null)
                .body().replaceAll(".*\"exportId\":\"([^\"]+)\".*", "$1");

        // then
        assertThat(tested.body()).contains("\"code\":\"OK\"");
        Path delivered = sshd.uploadDirectory().resolve("OpenSSH feed.csv");
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(delivered));
        assertThat(Files.readAllBytes(delivered)).isEqualTo(CASE_BYTE_EXACT);
        assertThat(sshd.uploadDirectory().resolve(".OpenSSH feed.csv." + run + ".part"))
                .doesNotExist();
    }

    @Test
    void aKeyOfAnotherServerAndAMissingDirectoryAreNamedByOpenSshToo() throws Exception {
        String account = newAccount();
        String otherKey = "SHA256:" + "A".repeat(43);

        HttpResponse<String> wrongKey = call(account, "POST", "/api/v1/sftp-targets/test",
                targetJson(otherKey, sshd.remoteUploadDirectory()));
        HttpResponse<String> noFolder = call(account, "POST", "/api/v1/sftp-targets/test",
                targetJson(sshd.knownHostsLine(), sshd.remoteUploadDirectory() + "/missing"));

        assertThat(wrongKey.body()).contains("\"code\":\"HOST_KEY_MISMATCH\"")
                .contains("\"serverHostKey\":\"" + sshd.hostKeyFingerprint() + "\"");
        assertThat(noFolder.body()).contains("\"code\":\"DIRECTORY_MISSING\"");
    }

    private static String targetJson(String hostKey, String directory) {
        return JSON.writeValueAsString(java.util.Map.of(
                "name", "OpenSSH", "host", sshd.host(), "port", sshd.port(),
                "username", sshd.user(), "privateKey", sshd.clientPrivateKey(),
                "hostKey", hostKey, "directory", directory));
    }

    private static String idOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body().replaceAll("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1");
    }
}
