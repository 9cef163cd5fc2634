package org.contactexport.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MimeTypeUtils;

/**
 * Publishes the outbox, in order per message key (the export id, the schedule id: whatever the
 * writer chose). A row is marked sent only once the broker acknowledged it (the producer
 * bindings are synchronous), so a crash between the commit and the publication loses nothing;
 * it may publish an event twice, which every consumer tolerates.
 *
 * <p>An event the broker refuses holds back only the later events of its own key: it is
 * retried with a growing delay, and after {@link OutboxSettings#maxAttempts()} it is set aside
 * as FAILED (logged at ERROR, counted by {@code outbox.events.failed}) and its key moves on.
 *
 * <p>Known shortcoming: nothing replays a FAILED row; once its cause is fixed, an operator
 * sets it back to PENDING with zero attempts in SQL.
 */
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;

    private final OutboxEvents events;
    private final StreamBridge bridge;
    private final Clock clock;
    private final OutboxSettings settings;
    private final Counter failed;

    OutboxRelay(OutboxEvents events, StreamBridge bridge, Clock clock, OutboxSettings settings,
            MeterRegistry meters) {
        this.events = events;
        this.bridge = bridge;
        this.clock = clock;
        this.settings = settings;
        this.failed = Counter.builder("outbox.events.failed")
                .description("Outbox events set aside after their last failed attempt")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${platform.outbox.poll-interval-ms:500}")
    @Transactional
    public void publishPending() {
        if (!events.tryRelayLock(settings.relayLockId())) {
            return;
        }

        // A key whose event failed in this round waits, so its later events keep their order.
        Set<String> waitingKeys = new HashSet<>();
        for (OutboxEvent event : events.findDue(clock.instant(), BATCH)) {
            if (waitingKeys.contains(event.messageKey())) {
                continue;
            }
            String error = publish(event);
            if (error == null) {
                event.markSent(clock.instant());
            } else if (!recordFailure(event, error)) {
                waitingKeys.add(event.messageKey());
            }
        }
    }

    /** @return whether the event was set aside for good */
    private boolean recordFailure(OutboxEvent event, String error) {
        Instant now = clock.instant();
        event.attemptFailed(error, now, settings.maxAttempts(),
                settings.delayAfter(event.attempts() + 1));
        if (event.status() != OutboxEvent.Status.FAILED) {
            log.warn("Publishing outbox event {} of key {} to {} failed (attempt {} of {}),"
                    + " retrying later: {}", event.id(), event.messageKey(), event.topic(),
                    event.attempts(), settings.maxAttempts(), error);
            return false;
        }

        failed.increment();
        log.error("Outbox event {} of key {} to {} set aside as FAILED after {} attempts: {}",
                event.id(), event.messageKey(), event.topic(), event.attempts(), error);
        return true;
    }

    /** @return null once the broker acknowledged the event, else what went wrong */
    private String publish(OutboxEvent event) {
        Message<byte[]> message = MessageBuilder
                .withPayload(event.payload().getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, event.messageKey().getBytes(StandardCharsets.UTF_8))
                .setHeader("contentType", MimeTypeUtils.APPLICATION_JSON_VALUE)
                .build();
        try {
            return bridge.send(event.topic(), message) ? null : "the binding did not send it";
        } catch (RuntimeException e) {
            return rootMessage(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
