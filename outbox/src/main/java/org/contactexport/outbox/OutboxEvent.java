package org.contactexport.outbox;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** An event owed to a topic, written in the transaction of the change that implies it. */
@Entity
@Table(name = "outbox_event")
class OutboxEvent {

    private static final int MAX_ERROR = 500;

    enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String topic;

    private String messageKey;

    private String payload;

    private Instant createdAt;

    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    private int attempts;

    private Instant nextAttemptAt;

    private String lastError;

    protected OutboxEvent() {
    }

    OutboxEvent(String topic, String messageKey, String payload, Instant createdAt) {
        this.topic = topic;
        this.messageKey = messageKey;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    String topic() {
        return topic;
    }

    String messageKey() {
        return messageKey;
    }

    String payload() {
        return payload;
    }

    int attempts() {
        return attempts;
    }

    Status status() {
        return status;
    }

    void markSent(Instant now) {
        this.status = Status.SENT;
        this.sentAt = now;
    }

    /**
     * Counts a failed attempt: the event waits {@code delay} before the next one, or is set
     * aside as FAILED once it has used {@code maxAttempts}.
     */
    void attemptFailed(String error, Instant now, int maxAttempts, Duration delay) {
        attempts++;
        lastError = error == null || error.length() <= MAX_ERROR
                ? error
                : error.substring(0, MAX_ERROR);
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(delay);
        }
    }
}
