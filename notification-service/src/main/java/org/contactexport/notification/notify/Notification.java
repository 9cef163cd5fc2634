package org.contactexport.notification.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One email owed to one user for one event; unique per (event kind, event key, user). */
@Entity
@Table(name = "notification_log")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EventKind eventKind;

    @Column(nullable = false, updatable = false)
    private String eventKey;

    @Column(updatable = false)
    private UUID exportId;

    @Column(updatable = false)
    private UUID scheduleId;

    @Column(nullable = false, updatable = false)
    private String accountId;

    @Column(nullable = false, updatable = false)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant sentAt;

    protected Notification() {
    }

    private Notification(NotifiedEvent event, String accountId, String userId, Instant now) {
        this.eventKind = event.kind();
        this.eventKey = event.key();
        this.exportId = event.exportId();
        this.scheduleId = event.scheduleId();
        this.accountId = accountId;
        this.userId = userId;
        this.status = NotificationStatus.PENDING;
        this.createdAt = now;
    }

    static Notification pending(NotifiedEvent event, String accountId, String userId,
            Instant now) {
        return new Notification(event, accountId, userId, now);
    }

    boolean isSent() {
        return status == NotificationStatus.SENT;
    }

    void recordAttempt() {
        attempts++;
    }

    void markSent(Instant now) {
        status = NotificationStatus.SENT;
        sentAt = now;
    }

    NotificationView view() {
        return new NotificationView(eventKind.name(), exportId, scheduleId, userId,
                status.name(), attempts, createdAt, sentAt);
    }
}
