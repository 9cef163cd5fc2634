package org.contactexport.export.outbox;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event owed to a topic, written in the transaction of the change that implies it. */
@Entity
@Table(name = "outbox_event")
class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String topic;

    private String messageKey;

    private String payload;

    private Instant createdAt;

    private Instant sentAt;

    protected OutboxEvent() {
    }

    OutboxEvent(String topic, String messageKey, String payload, Instant createdAt) {
        this.topic = topic;
        this.messageKey = messageKey;
        this.payload = payload;
        this.createdAt = createdAt;
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

    void markSent(Instant now) {
        this.sentAt = now;
    }
}
