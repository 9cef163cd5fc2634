package org.contactexport.delivery.file;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.contactexport.events.ExportCompleted;

/** The file of one completed export, kept in the file store until its retention ends. */
@Entity
@Table(name = "stored_file")
class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private UUID exportId;

    @Column(nullable = false, updatable = false)
    private String accountId;

    /** Relative to the file store's root, as export-service wrote it. */
    @Column(nullable = false, updatable = false)
    private String fileLocation;

    @Column(nullable = false, updatable = false)
    private String fileName;

    @Column(nullable = false, updatable = false)
    private String contentType;

    @Column(nullable = false, updatable = false)
    private long bytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "row_count", nullable = false, updatable = false)
    private long rows;

    @Column(nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(nullable = false, updatable = false)
    private Instant expiresAt;

    private Instant expiredAt;

    protected StoredFile() {
    }

    private StoredFile(ExportCompleted event, Instant registeredAt, Instant expiresAt) {
        this.exportId = event.exportId();
        this.accountId = event.accountId();
        this.fileLocation = event.fileLocation();
        this.fileName = event.fileName();
        this.contentType = event.contentType();
        this.bytes = event.bytes();
        this.sha256 = event.sha256();
        this.rows = event.rows();
        this.registeredAt = registeredAt;
        this.expiresAt = expiresAt;
    }

    static StoredFile register(ExportCompleted event, Instant now, Instant expiresAt) {
        return new StoredFile(event, now, expiresAt);
    }

    boolean isExpiredAt(Instant now) {
        return expiredAt != null || !now.isBefore(expiresAt);
    }

    void markExpired(Instant now) {
        if (expiredAt == null) {
            expiredAt = now;
        }
    }

    UUID exportId() {
        return exportId;
    }

    String accountId() {
        return accountId;
    }

    String fileLocation() {
        return fileLocation;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    long bytes() {
        return bytes;
    }

    String sha256() {
        return sha256;
    }

    long rows() {
        return rows;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant expiredAt() {
        return expiredAt;
    }
}
