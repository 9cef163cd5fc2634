package org.contactexport.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SFTP server (Apache MINA SSHD) on 127.0.0.1 that serves one directory to every user.
 * Users log in with a password, an authorized public key or either; they can be added and
 * removed while it runs. Its host key is generated once and kept in a file, so the server
 * shows the same key after {@link #stop()} and {@link #start()}; starting another server on
 * a fresh key file, or {@link #replaceHostKey()}, simulates a changed host key.
 */
public final class SftpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SftpServer.class);
    private static final String HOST = "127.0.0.1";
    // ECDSA P-256 is signed by the JDK itself; Ed25519 would need an extra provider in MINA.
    private static final String HOST_KEY_ALGORITHM = KeyUtils.EC_ALGORITHM;
    private static final int HOST_KEY_SIZE = 256;

    private final int port;
    private final Path root;
    private final Path hostKeyFile;
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, Set<PublicKey>> authorizedKeys = new ConcurrentHashMap<>();
    private volatile SshServer sshd;
    private volatile KeyPair hostKey;

    private SftpServer(int port, Path root, Path hostKeyFile) {
        this.port = port;
        this.root = root;
        this.hostKeyFile = hostKeyFile;
    }

    /**
     * Starts a server.
     *
     * @param port        the port, or 0 for a free one; a restart keeps it
     * @param root        the directory every user sees as {@code /}, created if missing, or
     *                    null for a fresh temporary directory
     * @param hostKeyFile where the host key is kept (generated if the file does not exist), or
     *                    null for a file of a fresh temporary directory
     */
    public static SftpServer start(int port, Path root, Path hostKeyFile) {
        Path dir = root != null ? createDirectories(root) : temporaryDirectory("sftp-root-");
        Path keyFile = hostKeyFile != null
                ? hostKeyFile
                : temporaryDirectory("sftp-host-key-").resolve("host-key");
        SftpServer server = new SftpServer(FreePorts.orNext(port), dir, keyFile);
        server.start();
        return server;
    }

    /** Starts the server again on its port, with its host key, users and files. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        SimpleGeneratorHostKeyProvider keys = hostKeyProvider();
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(HOST);
        server.setPort(port);
        server.setKeyPairProvider(keys);
        server.setPasswordAuthenticator(
                (user, password, session) -> acceptsPassword(user, password));
        server.setPublickeyAuthenticator((user, key, session) -> acceptsKey(user, key));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));

        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("The SFTP server did not start on port " + port, e);
        }
        hostKey = keys.loadKeys(null).get(0);
        sshd = server;
        log.info("SFTP listens on {}:{}, host key {}", HOST, port, hostKeyFingerprint());
    }

    /** Stops listening and drops every open session at once, as an outage would. */
    public synchronized void stop() {
        SshServer server = sshd;
        if (server == null) {
            return;
        }
        sshd = null;
        try {
            server.stop(true);
        } catch (IOException e) {
            log.warn("The SFTP server on port {} did not stop cleanly", port, e);
        }
        log.info("SFTP on {}:{} stopped", HOST, port);
    }

    /** Gives the server a new host key, as a reinstalled server would have; restarts it. */
    public synchronized void replaceHostKey() {
        boolean running = isRunning();
        stop();
        try {
            Files.deleteIfExists(hostKeyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the host key " + hostKeyFile, e);
        }
        hostKey = null;
        if (running) {
            start();
        }
    }

    public boolean isRunning() {
        SshServer server = sshd;
        return server != null && server.isStarted();
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    /** The directory every user sees as {@code /}. */
    public Path root() {
        return root;
    }

    public Path hostKeyFile() {
        return hostKeyFile;
    }

    public PublicKey hostKey() {
        return currentHostKey().getPublic();
    }

    /** The host key's fingerprint as OpenSSH prints it: {@code SHA256:} and unpadded Base64. */
    public String hostKeyFingerprint() {
        return KeyUtils.getFingerPrint(KeyUtils.DEFAULT_FINGERPRINT_DIGEST_FACTORY, hostKey());
    }

    /** The line an OpenSSH {@code known_hosts} file holds for this server. */
    public String knownHostsLine() {
        return KnownHosts.line(HOST, port, PublicKeyEntry.toString(hostKey()));
    }

    /** Adds a user who logs in with this password (or replaces its password). */
    public SftpAccount addUser(String user, String password) {
        passwords.put(user, password);
        return new SftpAccount(user, password);
    }

    /** Adds a user with a random name and password. */
    public SftpAccount newAccount() {
        String suffix = UUID.randomUUID().toString().replace("-", "");
        return addUser("user-" + suffix.substring(0, 8), suffix);
    }

    /** Lets this user log in with the private key of this public key. */
    public void authorizeKey(String user, PublicKey key) {
        authorizedKeys.computeIfAbsent(user, name -> ConcurrentHashMap.newKeySet()).add(key);
    }

    public void revokeKey(String user, PublicKey key) {
        authorizedKeys.getOrDefault(user, Set.of()).remove(key);
    }

    /** Removes the user's password and keys: its next login is refused. */
    public void removeUser(String user) {
        passwords.remove(user);
        authorizedKeys.remove(user);
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "SftpServer[" + HOST + ":" + port + "]";
    }

    private boolean acceptsPassword(String user, String password) {
        return password != null && password.equals(passwords.get(user));
    }

    private boolean acceptsKey(String user, PublicKey key) {
        return authorizedKeys.getOrDefault(user, Set.of()).stream()
                .anyMatch(authorized -> KeyUtils.compareKeys(authorized, key));
    }

    private SimpleGeneratorHostKeyProvider hostKeyProvider() {
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(hostKeyFile);
        keys.setAlgorithm(HOST_KEY_ALGORITHM);
        keys.setKeySize(HOST_KEY_SIZE);
        return keys;
    }

    private KeyPair currentHostKey() {
        KeyPair key = hostKey;
        if (key == null) {
            key = hostKeyProvider().loadKeys(null).get(0);
            hostKey = key;
        }
        return key;
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + dir, e);
        }
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
