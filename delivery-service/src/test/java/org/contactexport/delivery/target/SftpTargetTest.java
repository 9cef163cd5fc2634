package org.contactexport.delivery.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.contactexport.delivery.ServiceTest;
import org.contactexport.embedded.SftpAccount;
import org.contactexport.embedded.SftpServer;
import org.contactexport.embedded.SharedServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

@ExtendWith(OutputCaptureExtension.class)
class SftpTargetTest extends ServiceTest {

    private final SftpServer sftp = SharedServers.sftp();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theStoredPasswordIsReadableNeitherInTheDatabaseNorTheAnswersNorTheLogs(
            CapturedOutput output) throws Exception {
        // given
        String account = newAccount();
        SftpAccount user = sftp.newAccount();
        String password = user.password();

        // when
        HttpResponse<String> created = call(account, "POST", "/api/v1/sftp-targets",
                target(user.user(), password, sftp.knownHostsLine(), "/"));
        String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> shown = call(account, "GET", "/api/v1/sftp-targets/" + id, null);
        HttpResponse<String> listed = call(account, "GET", "/api/v1/sftp-targets", null);
        HttpResponse<String> tested = call(account, "POST", "/api/v1/sftp-targets/" + id
                + "/test", null);

        // then
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"passwordSet\":true")
                .contains("\"hostKey\":\"" + sftp.hostKeyFingerprint() + "\"")
                .doesNotContain(password);
        assertThat(shown.body()).doesNotContain(password).contains("\"privateKeySet\":false");
        assertThat(listed.body()).doesNotContain(password);
        assertThat(tested.body()).contains("\"code\":\"OK\"");
        String stored = jdbc.queryForObject(
                "select password_cipher from sftp_target where id = ?::uuid", String.class, id);
        assertThat(stored).isNotBlank().doesNotContain(password);
        assertThat(output.getAll()).doesNotContain(password);
    }

    @Test
    void aWorkingTargetTestsOkWithItsFingerprintAndLeavesNoProbeFile() throws Exception {
        SftpAccount user = sftp.newAccount();
        Files.createDirectories(sftp.root().resolve("probe-ok"));

        HttpResponse<String> tested = call(newAccount(), "POST", "/api/v1/sftp-targets/test",
                target(user.user(), user.password(), sftp.hostKeyFingerprint(), "/probe-ok"));

        assertThat(tested.statusCode()).isEqualTo(200);
        assertThat(tested.body()).contains("\"code\":\"OK\"")
                .contains("/probe-ok exists and is writable");
        try (var files = Files.list(sftp.root().resolve("probe-ok"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailure() throws Exception {
        SftpAccount user = sftp.newAccount();

        HttpResponse<String> tested = call(newAccount(), "POST", "/api/v1/sftp-targets/test",
                target(user.user(), "not-" + user.password(), sftp.knownHostsLine(), "/"));

        assertThat(tested.body()).contains("\"code\":\"AUTHENTICATION_FAILED\"")
                .contains("refused the password or key of user " + user.user());
    }

    @Test
    void aChangedHostKeyIsRefusedNamingTheKeyTheServerShowed() throws Exception {
        SftpAccount user = sftp.newAccount();
        try (SftpServer reinstalled = SftpServer.start(0, sftp.root(), null)) {
            reinstalled.addUser(user.user(), user.password());
            String pinnedOld = sftp.hostKeyFingerprint();

            HttpResponse<String> tested = call(newAccount(), "POST",
                    "/api/v1/sftp-targets/test", target(user.user(), user.password(), pinnedOld,
                            "/", reinstalled.port()));

            assertThat(tested.body()).contains("\"code\":\"HOST_KEY_MISMATCH\"")
                    .contains("\"serverHostKey\":\"" + reinstalled.hostKeyFingerprint() + "\"")
                    .contains("but the target pins " + pinnedOld);
        }
    }

    @Test
    void aMissingDirectoryIsNamed() throws Exception {
        SftpAccount user = sftp.newAccount();

        HttpResponse<String> tested = call(newAccount(), "POST", "/api/v1/sftp-targets/test",
                target(user.user(), user.password(), sftp.knownHostsLine(), "/no-such-dir"));

        assertThat(tested.body()).contains("\"code\":\"DIRECTORY_MISSING\"")
                .contains("The directory /no-such-dir does not exist");
    }

    @Test
    void aGarbagePrivateKeyIsNamedUnreadable() throws Exception {
        SftpAccount user = sftp.newAccount();

        HttpResponse<String> tested = call(newAccount(), "POST", "/api/v1/sftp-targets/test",
                keyTarget(user.user(), "-----BEGIN OPENSSH PRIVATE KEY-----\\nZ2FyYmFnZQ==\\n"
                        + "-----END OPENSSH PRIVATE KEY-----", null));

        assertThat(tested.body()).contains("\"code\":\"PRIVATE_KEY_UNREADABLE\"")
                .contains("\"message\":\"The private key could not be read: give a whole "
                        + "OpenSSH or PEM private key, and its passphrase if it has one.\"");
    }

    @Test
    void aWrongPassphraseIsNamedAsPossiblyWrong(CapturedOutput output) throws Exception {
        SftpAccount user = sftp.newAccount();
        String key = encryptedKey("the-right-passphrase");

        HttpResponse<String> tested = call(newAccount(), "POST", "/api/v1/sftp-targets/test",
                keyTarget(user.user(), key.replace("\n", "\\n"), "a-wrong-passphrase"));

        assertThat(tested.body()).contains("\"code\":\"PRIVATE_KEY_UNREADABLE\"")
                .contains("\"message\":\"The private key could not be read with the passphrase "
                        + "given: wrong passphrase? Check it, and that the key is a whole "
                        + "OpenSSH or PEM private key.\"");
        assertThat(output.getAll()).doesNotContain("a-wrong-passphrase");
    }

    @Test
    void aDirectoryThatIsAFileIsNamedAsAFile() throws Exception {
        SftpAccount user = sftp.newAccount();
        String name = "a-file-" + java.util.UUID.randomUUID();
        Files.writeString(sftp.root().resolve(name), "not a directory");

        HttpResponse<String> tested = call(newAccount(), "POST", "/api/v1/sftp-targets/test",
                target(user.user(), user.password(), sftp.knownHostsLine(), "/" + name));

        assertThat(tested.body()).contains("\"code\":\"DIRECTORY_MISSING\"")
                .contains("\"message\":\"The path /" + name + " on 127.0.0.1 is a file, not a "
                        + "directory: correct the target's directory.\"");
    }

    @Test
    void aPortWithoutServerIsAConnectionRefused() throws Exception {
        SftpServer stopped = SftpServer.start(0, null, null);
        String key = stopped.hostKeyFingerprint();
        stopped.stop();

        HttpResponse<String> tested = call(newAccount(), "POST", "/api/v1/sftp-targets/test",
                target("anyone", "secret", key, "/", stopped.port()));

        assertThat(tested.body()).contains("\"code\":\"CONNECTION_REFUSED\"")
                .contains("127.0.0.1:" + stopped.port() + " refused the connection");
    }

    @Test
    void aCloudMetadataAddressIsNeverContacted() throws Exception {
        HttpResponse<String> tested = call(newAccount(), "POST", "/api/v1/sftp-targets/test",
                target("anyone", "secret", sftp.hostKeyFingerprint(), "/", 22)
                        .replace("127.0.0.1", "169.254.169.254"));

        assertThat(tested.statusCode()).isEqualTo(400);
        assertThat(tested.body()).contains("host: link-local and cloud metadata addresses "
                + "are never reachable as targets");
    }

    @Test
    void aMetadataAddressCannotEvenBeSaved() throws Exception {
        String metadata = target("anyone", "secret", sftp.hostKeyFingerprint(), "/", 22)
                .replace("127.0.0.1", "169.254.169.254");

        HttpResponse<String> refused = call(newAccount(), "POST", "/api/v1/sftp-targets",
                metadata);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("host: link-local and cloud metadata addresses "
                + "are never reachable as targets");
    }

    @Test
    void aTargetWithoutCredentialsOrWithABadHostKeyIsRefusedSayingWhatToFix() throws Exception {
        String noCredentials = target("anyone", "", sftp.hostKeyFingerprint(), "/");
        String badKey = target("anyone", "secret", "SHA256:short", "/");

        HttpResponse<String> first = call(newAccount(), "POST", "/api/v1/sftp-targets",
                noCredentials);
        HttpResponse<String> second = call(newAccount(), "POST", "/api/v1/sftp-targets", badKey);

        assertThat(first.statusCode()).isEqualTo(400);
        assertThat(first.body()).contains("Give a password or a privateKey to log in with.");
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.body()).contains("hostKey: give the server's host key as a "
                + "fingerprint");
    }

    @Test
    void anotherAccountsTargetIsNotFound() throws Exception {
        SftpAccount user = sftp.newAccount();
        HttpResponse<String> created = call(newAccount(), "POST", "/api/v1/sftp-targets",
                target(user.user(), user.password(), sftp.knownHostsLine(), "/"));
        String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> byStranger = call(newAccount(), "GET", "/api/v1/sftp-targets/" + id,
                null);

        assertThat(byStranger.statusCode()).isEqualTo(404);
        assertThat(byStranger.body()).contains("No SFTP target " + id + " in this account.");
    }

    private String target(String user, String password, String hostKey, String directory) {
        return target(user, password, hostKey, directory, sftp.port());
    }

    static String target(String user, String password, String hostKey, String directory,
            int port) {
        return """
                {"name": "Partner", "host": "127.0.0.1", "port": %d, "username": "%s",
                 "password": "%s", "hostKey": "%s", "directory": "%s"}"""
                .formatted(port, user, password, hostKey, directory);
    }

    private String keyTarget(String user, String privateKey, String passphrase) {
        return """
                {"name": "Partner", "host": "127.0.0.1", "port": %d, "username": "%s",
                 "privateKey": "%s", %s "hostKey": "%s", "directory": "/"}"""
                .formatted(sftp.port(), user, privateKey,
                        passphrase == null ? "" : "\"privateKeyPassphrase\": \"" + passphrase
                                + "\",", sftp.knownHostsLine());
    }

    private static String encryptedKey(String passphrase) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        OpenSSHKeyEncryptionContext encryption = new OpenSSHKeyEncryptionContext();
        encryption.setPassword(passphrase);
        encryption.setCipherName("AES");
        encryption.setCipherType("256");
        ByteArrayOutputStream key = new ByteArrayOutputStream();
        OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(generator.generateKeyPair(),
                "test", encryption, key);
        return key.toString(StandardCharsets.UTF_8).trim();
    }
}
