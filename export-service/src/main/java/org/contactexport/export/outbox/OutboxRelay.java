package org.contactexport.export.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MimeTypeUtils;

/**
 * Publishes the outbox in order. A row is marked sent only once the broker acknowledged it
 * (the producer bindings are synchronous), so a crash between the commit and the publication
 * loses nothing; it may publish an event twice, which every consumer tolerates.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;

    private final OutboxEvents events;
    private final StreamBridge bridge;
    private final Clock clock;

    OutboxRelay(OutboxEvents events, StreamBridge bridge, Clock clock) {
        this.events = events;
        this.bridge = bridge;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${platform.outbox.poll-interval-ms:500}")
    @Transactional
    public void publishPending() {
        if (!events.tryRelayLock()) {
            return;
        }

        List<OutboxEvent> pending = events.findUnsent(BATCH);
        for (OutboxEvent event : pending) {
            if (!publish(event)) {
                return;
            }
            event.markSent(clock.instant());
        }
    }

    private boolean publish(OutboxEvent event) {
        Message<byte[]> message = MessageBuilder
                .withPayload(event.payload().getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, event.messageKey().getBytes(StandardCharsets.UTF_8))
                .setHeader("contentType", MimeTypeUtils.APPLICATION_JSON_VALUE)
                .build();
        try {
            return bridge.send(event.topic(), message);
        } catch (RuntimeException e) {
            log.warn("Publishing to {} failed, retrying on the next poll: {}",
                    event.topic(), e.getMessage());
            return false;
        }
    }
}
