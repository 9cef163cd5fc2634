package org.contactexport.delivery.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * One run of a schedule: its id is the id of the automated export export-service creates for
 * it, and it follows that export to the SFTP server.
 */
@Entity
@Table(name = "schedule_run")
class ScheduleRun implements Persistable<UUID> {

    private static final int MAX_REASON = 500;

    enum Status {
        EXPORT_REQUESTED, EXPORT_FAILED, UPLOADING, RETRYING, DELIVERED, FAILED;

        static final Set<Status> UNFINISHED = EnumSet.of(EXPORT_REQUESTED, UPLOADING, RETRYING);
    }

    @Id
    private UUID id;

    /**
     * The id is chosen here, not by the database: without this flag Spring Data's save() would
     * merge a new entity and later changes would go to a detached copy.
     */
    @Transient
    private boolean stored;

    @Column(nullable = false, updatable = false)
    private UUID scheduleId;

    @Column(nullable = false, updatable = false)
    private String accountId;

    @Column(nullable = false, updatable = false)
    private Instant dueAt;

    @Column(nullable = false, updatable = false)
    private boolean manual;

    @Column(nullable = false, updatable = false)
    private String fileName;

    private String remotePath;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    private String reason;

    private String fileLocation;

    private Long bytes;

    private String sha256;

    private UUID deliveryId;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant updatedAt;

    protected ScheduleRun() {
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

    ScheduleRun(DeliverySchedule schedule, Instant dueAt, boolean manual, String fileName,
            Instant now) {
        this.id = UUID.randomUUID();
        this.scheduleId = schedule.id();
        this.accountId = schedule.accountId();
        this.dueAt = dueAt;
        this.manual = manual;
        this.fileName = fileName;
        this.status = Status.EXPORT_REQUESTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The run could not even request its export, e.g. its file name cannot be made. */
    void cannotStart(String reason, Instant now) {
        this.reason = reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
        this.status = Status.FAILED;
        this.updatedAt = now;
    }

    /** @return false when the delivery has already started: a redelivered event */
    boolean startDelivery(String fileLocation, long bytes, String sha256, Instant now) {
        if (status != Status.EXPORT_REQUESTED) {
            return false;
        }
        this.fileLocation = fileLocation;
        this.bytes = bytes;
        this.sha256 = sha256;
        this.deliveryId = UUID.randomUUID();
        this.status = Status.UPLOADING;
        this.updatedAt = now;
        return true;
    }

    void attemptFailed(String reason, String remotePath, boolean last, Instant now) {
        this.attempts++;
        this.reason = reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
        this.remotePath = remotePath;
        this.status = last ? Status.FAILED : Status.RETRYING;
        this.updatedAt = now;
    }

    void delivered(String remotePath, Instant now) {
        this.attempts++;
        this.reason = null;
        this.remotePath = remotePath;
        this.status = Status.DELIVERED;
        this.updatedAt = now;
    }

    /** @return false when the run is past waiting for its export */
    boolean exportFailed(String reason, Instant now) {
        if (status != Status.EXPORT_REQUESTED) {
            return false;
        }
        this.reason = reason == null || reason.length() <= MAX_REASON
                ? reason : reason.substring(0, MAX_REASON);
        this.status = Status.EXPORT_FAILED;
        this.updatedAt = now;
        return true;
    }

    boolean isUploading() {
        return status == Status.UPLOADING || status == Status.RETRYING;
    }

    Instant createdAt() {
        return createdAt;
    }

    UUID id() {
        return id;
    }

    UUID scheduleId() {
        return scheduleId;
    }

    String accountId() {
        return accountId;
    }

    Instant dueAt() {
        return dueAt;
    }

    boolean manual() {
        return manual;
    }

    String fileName() {
        return fileName;
    }

    String remotePath() {
        return remotePath;
    }

    Status status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    String reason() {
        return reason;
    }

    String fileLocation() {
        return fileLocation;
    }

    Long bytes() {
        return bytes;
    }

    String sha256() {
        return sha256;
    }

    UUID deliveryId() {
        return deliveryId;
    }
}
