package org.contactexport.delivery.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * A customer's SFTP server. Its secrets are held only encrypted (see {@link SecretCipher});
 * the default {@code toString()} of a class shows none of its fields.
 */
@Entity
@Table(name = "sftp_target")
class SftpTarget implements Persistable<UUID> {

    @Id
    private UUID id;

    /**
     * The id is chosen here, not by the database: without this flag Spring Data's save() would
     * merge a new entity and later changes would go to a detached copy.
     */
    @Transient
    private boolean stored;

    @Column(nullable = false, updatable = false)
    private String accountId;

    private String name;

    private String host;

    private int port;

    private String username;

    private String passwordCipher;

    private String privateKeyCipher;

    private String passphraseCipher;

    private String hostKeyFingerprint;

    private String directory;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant updatedAt;

    protected SftpTarget() {
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        this.stored = true;
    }

    SftpTarget(String accountId, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void describe(String name, String directory, Instant now) {
        this.name = name;
        this.directory = directory;
        this.updatedAt = now;
    }

    void pointAt(String host, int port, String username, String hostKeyFingerprint,
            Instant now) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.hostKeyFingerprint = hostKeyFingerprint;
        this.updatedAt = now;
    }

    void replacePassword(String passwordCipher, Instant now) {
        this.passwordCipher = passwordCipher;
        this.updatedAt = now;
    }

    void replacePrivateKey(String privateKeyCipher, String passphraseCipher, Instant now) {
        this.privateKeyCipher = privateKeyCipher;
        this.passphraseCipher = passphraseCipher;
        this.updatedAt = now;
    }

    boolean hasCredentials() {
        return passwordCipher != null || privateKeyCipher != null;
    }

    UUID id() {
        return id;
    }

    String accountId() {
        return accountId;
    }

    String name() {
        return name;
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    String username() {
        return username;
    }

    String passwordCipher() {
        return passwordCipher;
    }

    String privateKeyCipher() {
        return privateKeyCipher;
    }

    String passphraseCipher() {
        return passphraseCipher;
    }

    String hostKeyFingerprint() {
        return hostKeyFingerprint;
    }

    String directory() {
        return directory;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
