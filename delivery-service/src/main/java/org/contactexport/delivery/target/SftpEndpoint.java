package org.contactexport.delivery.target;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.integration.file.remote.SessionCallback;
import org.springframework.integration.file.remote.session.Session;
import org.springframework.integration.sftp.session.DefaultSftpSessionFactory;
import org.springframework.integration.sftp.session.SftpRemoteFileTemplate;

/**
 * One target, ready to connect with Spring Integration SFTP: the pinned host key verifier,
 * the address checked by {@link TargetHostPolicy}, the decrypted credentials. Close it after
 * use; it holds an SSH client.
 */
public final class SftpEndpoint implements AutoCloseable {

    private final SftpAccess access;
    private final TargetHostPolicy policy;
    private final Duration timeout;
    private final PinnedHostKeyVerifier verifier;
    private DefaultSftpSessionFactory factory;

    SftpEndpoint(SftpAccess access, TargetHostPolicy policy, Duration timeout) {
        this.access = access;
        this.policy = policy;
        this.timeout = timeout;
        this.verifier = new PinnedHostKeyVerifier(access.hostKeyFingerprint());
    }

    public String directory() {
        return access.directory();
    }

    public String remotePath(String fileName) {
        return access.remotePath(fileName);
    }

    /**
     * Runs the work in one SFTP session.
     *
     * @throws ConnectionFailedException saying in plain words what failed
     */
    public <T> T execute(SessionCallback<SftpClient.DirEntry, T> work) {
        try {
            return new SftpRemoteFileTemplate(factory()).execute(work);
        } catch (RuntimeException e) {
            throw new ConnectionFailedException(
                    ConnectionFailures.explain(e, access, verifier), e);
        }
    }

    /**
     * @throws ConnectionFailedException with DIRECTORY_MISSING when the target's directory
     *                                   does not exist or is not a directory
     */
    public void checkDirectory(Session<SftpClient.DirEntry> session) throws IOException {
        SftpClient client = (SftpClient) session.getClientInstance();
        SftpClient.Attributes attributes = client.stat(access.directory());
        if (!attributes.isDirectory()) {
            throw new ConnectionFailedException(ConnectionFailures.notADirectory(access),
                    null);
        }
    }

    /** Whether the server answered "no such file" (or path). */
    public boolean isNoSuchFile(IOException error) {
        return error instanceof SftpException sftp
                && (sftp.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE
                        || sftp.getStatus() == SftpConstants.SSH_FX_NO_SUCH_PATH);
    }

    /** A file of ours gone from the directory, which itself is still there. */
    public ConnectionFailedException fileVanished(String path, IOException cause) {
        return new ConnectionFailedException(ConnectionCheck.failed(
                ConnectionCode.TRANSFER_FAILED, "The file " + path + " disappeared from "
                        + access.host() + " during the upload: another program moved or "
                        + "removed it."), cause);
    }

    /** Proves the directory writable with a small file, removed at once. */
    ConnectionCheck probe(String probeName) {
        return execute(session -> {
            checkDirectory(session);

            String probe = access.remotePath(probeName);
            session.write(new ByteArrayInputStream(
                    "contact-export connection test\n".getBytes(StandardCharsets.UTF_8)), probe);
            session.remove(probe);

            return ConnectionCheck.ok("Connected to " + access.host() + ":" + access.port()
                    + " as " + access.username() + "; the host key matches and "
                    + access.directory() + " exists and is writable.");
        });
    }

    private DefaultSftpSessionFactory factory() {
        if (factory != null) {
            return factory;
        }
        InetAddress address;
        try {
            address = policy.addressOf(access.host());
        } catch (Exception e) {
            throw new IllegalStateException("The target's host was not accepted", e);
        }

        DefaultSftpSessionFactory created = new DefaultSftpSessionFactory(false);
        created.setHost(address.getHostAddress());
        created.setPort(access.port());
        created.setUser(access.username());
        created.setTimeout((int) timeout.toMillis());
        if (access.password() != null) {
            created.setPassword(access.password());
        }
        if (access.privateKey() != null) {
            checkPrivateKey();
            created.setPrivateKey(new ByteArrayResource(
                    access.privateKey().getBytes(StandardCharsets.UTF_8), "target key"));
            created.setPrivateKeyPassphrase(access.passphrase());
        }
        // Applied last by the factory, so this verifier replaces any other.
        created.setSshClientConfigurer(client -> client.setServerKeyVerifier(verifier));
        factory = created;
        return created;
    }

    /**
     * Reads the key here, before connecting, so that a key that cannot be read is named as
     * such rather than as whatever the SSH library threw while loading it.
     */
    private void checkPrivateKey() {
        FilePasswordProvider passphrase = access.passphrase() != null
                ? FilePasswordProvider.of(access.passphrase())
                : FilePasswordProvider.EMPTY;
        try (InputStream key = new ByteArrayInputStream(
                access.privateKey().getBytes(StandardCharsets.UTF_8))) {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(null,
                    NamedResource.ofName("target key"), key, passphrase);
            if (pairs == null || !pairs.iterator().hasNext()) {
                throw new IOException("no key found");
            }
        } catch (IOException | GeneralSecurityException | RuntimeException unreadable) {
            // The cause is kept out of the message: it may quote the key.
            throw new ConnectionFailedException(
                    ConnectionFailures.privateKeyUnreadable(access), null);
        }
    }

    @Override
    public void close() {
        if (factory != null) {
            factory.destroy();
        }
    }
}
