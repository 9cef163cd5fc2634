package org.contactexport.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Base64;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SftpServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static SshClient client;

    @TempDir
    Path dir;

    @BeforeAll
    static void startClient() {
        client = SshClient.setUpDefaultClient();
        // The tests compare the key each session saw; they do not need a known_hosts file.
        client.setServerKeyVerifier((session, address, key) -> true);
        client.start();
    }

    @AfterAll
    static void stopClient() throws IOException {
        client.stop();
    }

    @Test
    void storesRenamesAndServesAFileOfTheRootDirectory() throws Exception {
        SftpServer server = SharedServers.sftp();
        SftpAccount account = server.newAccount();
        String folder = "/" + account.user();

        try (ClientSession session = passwordSession(server, account);
                SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
            sftp.mkdir(folder);
            try (OutputStream out = sftp.write(folder + "/export.csv.part")) {
                out.write("email;first_name\n".getBytes(StandardCharsets.UTF_8));
            }
            sftp.rename(folder + "/export.csv.part", folder + "/export.csv");

            assertThat(read(sftp, folder + "/export.csv")).isEqualTo("email;first_name\n");
        }
        assertThat(server.root().resolve(account.user()).resolve("export.csv"))
                .hasContent("email;first_name");
        assertThat(server.root().resolve(account.user()).resolve("export.csv.part"))
                .doesNotExist();
    }

    @Test
    void refusesAWrongPasswordAndAnUnknownUser() {
        SftpServer server = SharedServers.sftp();
        SftpAccount account = server.newAccount();

        assertThatThrownBy(() -> passwordSession(server,
                new SftpAccount(account.user(), "not-" + account.password())))
                .isInstanceOf(SshException.class);
        assertThatThrownBy(() -> passwordSession(server,
                new SftpAccount("nobody", account.password())))
                .isInstanceOf(SshException.class);
    }

    @Test
    void refusesAUserOnceRemoved() {
        SftpServer server = SharedServers.sftp();
        SftpAccount account = server.newAccount();

        server.removeUser(account.user());

        assertThatThrownBy(() -> passwordSession(server, account))
                .isInstanceOf(SshException.class);
    }

    @Test
    void acceptsAnAuthorizedKeyUntilItIsRevoked() throws Exception {
        SftpServer server = SharedServers.sftp();
        KeyPair key = KeyPairGenerator.getInstance("EC").generateKeyPair();
        server.authorizeKey("key-user", key.getPublic());

        try (ClientSession session = keySession(server, "key-user", key);
                SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
            assertThat(sftp.canonicalPath(".")).isEqualTo("/");
        }
        server.revokeKey("key-user", key.getPublic());

        assertThatThrownBy(() -> keySession(server, "key-user", key))
                .isInstanceOf(SshException.class);
    }

    @Test
    void keepsItsPortAndHostKeyAcrossARestart() throws Exception {
        try (SftpServer server = SftpServer.start(0, dir.resolve("root"), dir.resolve("key"))) {
            SftpAccount account = server.addUser("partner", "s3cret-partner");
            int port = server.port();
            PublicKey before = hostKeySeenBy(server, account);

            server.stop();
            assertThatThrownBy(() -> passwordSession(server, account))
                    .isInstanceOf(IOException.class);
            server.start();

            assertThat(server.port()).isEqualTo(port);
            assertThat(KeyUtils.compareKeys(hostKeySeenBy(server, account), before)).isTrue();
        }
    }

    @Test
    void keepsTheHostKeyOfItsKeyFileForAnotherServer() {
        Path keyFile = dir.resolve("host-key");
        String first;
        try (SftpServer server = SftpServer.start(0, dir.resolve("a"), keyFile)) {
            first = server.hostKeyFingerprint();
        }

        try (SftpServer server = SftpServer.start(0, dir.resolve("b"), keyFile)) {
            assertThat(server.hostKeyFingerprint()).isEqualTo(first);
        }
    }

    @Test
    void showsANewHostKeyOnceReplaced() throws Exception {
        try (SftpServer server = SftpServer.start(0, dir.resolve("root"), dir.resolve("key"))) {
            SftpAccount account = server.addUser("partner", "s3cret-partner");
            String before = server.hostKeyFingerprint();

            server.replaceHostKey();

            assertThat(server.hostKeyFingerprint()).isNotEqualTo(before);
            assertThat(KeyUtils.getFingerPrint(hostKeySeenBy(server, account)))
                    .isEqualTo(server.hostKeyFingerprint());
        }
    }

    @Test
    void describesItsHostKeyAsOpenSshDoes() throws Exception {
        SftpServer server = SharedServers.sftp();

        String fingerprint = server.hostKeyFingerprint();
        String knownHosts = server.knownHostsLine();

        assertThat(fingerprint).matches("SHA256:[A-Za-z0-9+/]{43}");
        assertThat(knownHosts)
                .startsWith("[127.0.0.1]:" + server.port() + " ecdsa-sha2-nistp256 AAAA");
        assertThat(fingerprintOf(knownHosts)).isEqualTo(fingerprint);
    }

    private static ClientSession passwordSession(SftpServer server, SftpAccount account)
            throws IOException {
        ClientSession session = connect(server, account.user());
        session.addPasswordIdentity(account.password());
        return authenticated(session);
    }

    private static ClientSession keySession(SftpServer server, String user, KeyPair key)
            throws IOException {
        ClientSession session = connect(server, user);
        session.addPublicKeyIdentity(key);
        return authenticated(session);
    }

    private static ClientSession connect(SftpServer server, String user) throws IOException {
        return client.connect(user, server.host(), server.port())
                .verify(TIMEOUT)
                .getSession();
    }

    private static ClientSession authenticated(ClientSession session) throws IOException {
        try {
            session.auth().verify(TIMEOUT);
            return session;
        } catch (IOException | RuntimeException e) {
            session.close(true);
            throw e;
        }
    }

    private static PublicKey hostKeySeenBy(SftpServer server, SftpAccount account)
            throws IOException {
        try (ClientSession session = passwordSession(server, account)) {
            return session.getServerKey();
        }
    }

    private static String read(SftpClient sftp, String path) throws IOException {
        try (InputStream in = sftp.read(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The fingerprint as OpenSSH computes it: SHA-256 of the key blob, unpadded Base64. */
    private static String fingerprintOf(String knownHostsLine) throws Exception {
        byte[] blob = Base64.getDecoder().decode(knownHostsLine.split(" ")[2]);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
        return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
    }
}
