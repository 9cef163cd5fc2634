package org.contactexport.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenSshServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static OpenSshServer server;
    private static SshClient client;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() {
        assumeTrue(OpenSshServer.isAvailable(), "OpenSSH's sshd is not installed");
        server = OpenSshServer.start();
        client = SshClient.setUpDefaultClient();
        // Most tests compare the key the session saw; one checks a known_hosts file.
        client.setServerKeyVerifier((session, address, key) -> true);
        client.start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (client != null) {
            client.stop();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void storesAnUploadInTheUploadDirectoryAndListsIt() throws Exception {
        try (ClientSession session = keySession(server.clientKey());
                SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
            try (OutputStream out = sftp.write("contacts.csv.part")) {
                out.write("email;first_name\n".getBytes(StandardCharsets.UTF_8));
            }
            sftp.rename("contacts.csv.part", "contacts.csv");

            assertThat(names(sftp, server.remoteUploadDirectory()))
                    .containsExactly("contacts.csv");
            assertThat(KeyUtils.getFingerPrint(session.getServerKey()))
                    .isEqualTo(server.hostKeyFingerprint());
        }
        assertThat(server.uploadDirectory().resolve("contacts.csv"))
                .hasContent("email;first_name");
    }

    @Test
    void acceptsItsPrivateKeyAsOpenSshText() throws Exception {
        byte[] text = server.clientPrivateKey().getBytes(StandardCharsets.UTF_8);
        KeyPair key = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName("client"),
                new ByteArrayInputStream(text), null).iterator().next();

        try (ClientSession session = keySession(key);
                SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
            assertThat(sftp.canonicalPath(".")).isEqualTo(server.remoteUploadDirectory());
        }
    }

    @Test
    void isTrustedThroughItsKnownHostsLine() throws Exception {
        Path knownHosts = Files.writeString(dir.resolve("known_hosts"),
                String.join("\n", server.knownHostsLine(), ""));
        SshClient verifying = SshClient.setUpDefaultClient();
        verifying.setServerKeyVerifier(
                new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, knownHosts));
        verifying.start();

        try (ClientSession session = verifying.connect(server.user(), server.host(),
                server.port()).verify(TIMEOUT).getSession()) {
            session.addPublicKeyIdentity(server.clientKey());

            assertThat(session.auth().verify(TIMEOUT).isSuccess()).isTrue();
        } finally {
            verifying.stop();
        }
    }

    @Test
    void describesBothHostKeysAsOpenSshDoes() {
        assertThat(server.hostKeyFingerprint()).matches("SHA256:[A-Za-z0-9+/]{43}");
        assertThat(server.knownHostsLines()).satisfiesExactly(
                ed25519 -> assertThat(ed25519)
                        .startsWith("[127.0.0.1]:" + server.port() + " ssh-ed25519 AAAA"),
                ecdsa -> assertThat(ecdsa)
                        .isEqualTo(server.knownHostsLine())
                        .startsWith("[127.0.0.1]:" + server.port() + " ecdsa-sha2-nistp256 "));
        assertThat(server.ed25519HostKeyFingerprint()).isNotEqualTo(server.hostKeyFingerprint());
    }

    @Test
    void refusesAnotherKey() throws Exception {
        KeyPair stranger = KeyPairGenerator.getInstance("EC").generateKeyPair();

        assertThatThrownBy(() -> keySession(stranger)).isInstanceOf(SshException.class);
    }

    @Test
    void stopsItsProcessAndFreesThePort() throws Exception {
        OpenSshServer other = OpenSshServer.start();
        ProcessHandle process = ProcessHandle.of(other.pid()).orElseThrow();

        other.stop();

        assertThat(process.isAlive()).isFalse();
        assertThatThrownBy(() -> client.connect(other.user(), other.host(), other.port())
                .verify(TIMEOUT)).isInstanceOf(IOException.class);
    }

    private static ClientSession keySession(KeyPair key) throws IOException {
        ClientSession session = client.connect(server.user(), server.host(), server.port())
                .verify(TIMEOUT)
                .getSession();
        session.addPublicKeyIdentity(key);
        try {
            session.auth().verify(TIMEOUT);
            return session;
        } catch (IOException | RuntimeException e) {
            session.close(true);
            throw e;
        }
    }

    private static List<String> names(SftpClient sftp, String path) throws IOException {
        List<String> names = new ArrayList<>();
        for (SftpClient.DirEntry entry : sftp.readDir(path)) {
            if (!entry.getFilename().startsWith(".")) {
                names.add(entry.getFilename());
            }
        }
        return names;
    }
}
