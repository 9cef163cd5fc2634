package org.contactexport.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenSSH's own {@code sshd}, started for a test on 127.0.0.1 and a free port with a
 * configuration, host keys and authorized key of its own in a temporary directory; the
 * system's ssh service is neither used nor touched.
 *
 * <p>Login is by public key only, as the operating-system user running the tests, with a key
 * pair generated for this server ({@link #clientKey()}, {@link #clientPrivateKey()}): a
 * password would need a dedicated local account and a change to the system's user database.
 * Sessions can only speak SFTP and start in {@link #remoteUploadDirectory()}, so a relative
 * file name lands in {@link #uploadDirectory()}.
 *
 * <p>Not chrooted: OpenSSH only chroots into a directory whose every parent is owned by root
 * and not writable by others, which no temporary directory is. The one-off key is the only
 * way in, and only from this machine.
 */
public final class OpenSshServer implements AutoCloseable {

    /** Set to {@code true} (in CI) so that a missing sshd fails a test instead of skipping it. */
    public static final String REQUIRED_VARIABLE = "REQUIRE_OPENSSH";

    private static final Logger log = LoggerFactory.getLogger(OpenSshServer.class);
    private static final Path SSHD = Path.of("/usr/sbin/sshd");
    private static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");
    private static final Path PRIVILEGE_SEPARATION_DIR = Path.of("/run/sshd");
    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private final Path dir;
    private final int port;
    private final Process process;

    private OpenSshServer(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    /**
     * Whether OpenSSH's sshd and ssh-keygen are installed, for {@code assumeTrue} in a test.
     *
     * @throws IllegalStateException when they are missing but {@value #REQUIRED_VARIABLE} is
     *                               {@code true}: there the test must fail, not be skipped
     */
    public static boolean isAvailable() {
        boolean installed = Files.isExecutable(SSHD) && Files.isExecutable(SSH_KEYGEN);
        if (!installed && "true".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE))) {
            throw new IllegalStateException(REQUIRED_VARIABLE + " is true but " + SSHD
                    + " or " + SSH_KEYGEN + " is missing: install openssh-server");
        }
        return installed;
    }

    /** Starts sshd on a free port and waits until it accepts connections. */
    public static OpenSshServer start() {
        if (!isAvailable()) {
            throw new IllegalStateException(SSHD + " is not installed");
        }
        Path dir = temporaryDirectory();
        int port = FreePorts.next();

        createDirectories(dir.resolve("upload"));
        keygen("-t", "ed25519", "-f", dir.resolve("ssh_host_ed25519_key").toString());
        keygen("-t", "ecdsa", "-b", "256", "-f", dir.resolve("ssh_host_ecdsa_key").toString());
        keygen("-t", "ecdsa", "-b", "256", "-f", dir.resolve("client_key").toString());
        copy(dir.resolve("client_key.pub"), dir.resolve("authorized_keys"));
        write(dir.resolve("sshd_config"), SshdConfig.of(dir, port, currentUser()));
        createPrivilegeSeparationDirectory();

        OpenSshServer server = new OpenSshServer(dir, port, launch(dir));
        server.awaitListening();
        log.info("OpenSSH sshd (pid {}) listens on {}:{}, host key {}",
                server.pid(), HOST, port, server.hostKeyFingerprint());
        return server;
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    /** The user to log in as: the one running the tests (and this sshd). */
    public String user() {
        return currentUser();
    }

    public long pid() {
        return process.pid();
    }

    /** The key pair the {@link #user()} logs in with. */
    public KeyPair clientKey() {
        Path file = dir.resolve("client_key");
        try (InputStream in = Files.newInputStream(file)) {
            return SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()),
                    in, null).iterator().next();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not read " + file, e);
        }
    }

    /** The same private key as {@link #clientKey()}, as the OpenSSH text ssh-keygen wrote. */
    public String clientPrivateKey() {
        return read(dir.resolve("client_key"));
    }

    /**
     * The fingerprint ({@code SHA256:…}) of the ECDSA host key: the one a client without an
     * Ed25519 provider, as Apache MINA SSHD is by default (Spring Integration SFTP), agrees on.
     */
    public String hostKeyFingerprint() {
        return KnownHosts.fingerprint(read(dir.resolve("ssh_host_ecdsa_key.pub")));
    }

    /** The fingerprint of the Ed25519 host key, the one OpenSSH's own client agrees on. */
    public String ed25519HostKeyFingerprint() {
        return KnownHosts.fingerprint(read(dir.resolve("ssh_host_ed25519_key.pub")));
    }

    /** The {@code known_hosts} line of the ECDSA host key (see {@link #hostKeyFingerprint()}). */
    public String knownHostsLine() {
        return knownHostsLineOf("ssh_host_ecdsa_key.pub");
    }

    /** The {@code known_hosts} lines of both host keys, which any client accepts. */
    public List<String> knownHostsLines() {
        return List.of(knownHostsLineOf("ssh_host_ed25519_key.pub"), knownHostsLine());
    }

    /** Where the files a client uploads land, on this machine's file system. */
    public Path uploadDirectory() {
        return dir.resolve("upload");
    }

    /** The same directory as the client sees it; sessions start in it. */
    public String remoteUploadDirectory() {
        return uploadDirectory().toString();
    }

    /** sshd's own log (it runs with {@code -e}), to read when a test fails. */
    public Path logFile() {
        return dir.resolve("sshd.log");
    }

    /** Stops sshd and the sessions it forked, by their process ids. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> sessions = process.descendants().toList();
        process.destroy();
        sessions.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        log.info("OpenSSH sshd (pid {}) on port {} stopped", pid(), port);
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "OpenSshServer[" + HOST + ":" + port + "]";
    }

    private String knownHostsLineOf(String publicKeyFile) {
        String[] parts = read(dir.resolve(publicKeyFile)).trim().split("\\s+");
        return KnownHosts.line(HOST, port, parts[0] + " " + parts[1]);
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!accepts()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                stop();
                throw new IllegalStateException("sshd did not start on port " + port + ": "
                        + read(logFile()).strip());
            }
            pause();
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), (int) POLL_INTERVAL.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Process launch(Path dir) {
        ProcessBuilder sshd = new ProcessBuilder(SSHD.toString(), "-D", "-e",
                "-f", dir.resolve("sshd_config").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("sshd.log").toFile());
        try {
            return sshd.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + SSHD, e);
        }
    }

    private static void keygen(String... arguments) {
        List<String> command = new ArrayList<>(List.of(SSH_KEYGEN.toString(), "-q",
                "-N", "", "-C", "contact-export-test"));
        command.addAll(List.of(arguments));
        try {
            Process keygen = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(keygen.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);
            if (keygen.waitFor() != 0) {
                throw new IllegalStateException("ssh-keygen failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + SSH_KEYGEN, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while generating a key", e);
        }
    }

    /** sshd refuses to start as root without it; it is missing until the service first ran. */
    private static void createPrivilegeSeparationDirectory() {
        if (Files.isDirectory(PRIVILEGE_SEPARATION_DIR)) {
            return;
        }
        try {
            Files.createDirectories(PRIVILEGE_SEPARATION_DIR);
        } catch (IOException e) {
            log.debug("Could not create {}; sshd will say whether it needs it",
                    PRIVILEGE_SEPARATION_DIR, e);
        }
    }

    private static String currentUser() {
        return System.getProperty("user.name");
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for sshd", e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("openssh-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path path) {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
