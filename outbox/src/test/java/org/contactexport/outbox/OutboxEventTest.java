package org.contactexport.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxEventTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void aFailedAttemptBeforeTheLastLeavesTheEventPending() {
        OutboxEvent event = new OutboxEvent("export-completed", "key-1", "{}", NOW);

        event.attemptFailed("broker down", NOW, 3, Duration.ofSeconds(2));

        assertThat(event.status()).isEqualTo(OutboxEvent.Status.PENDING);
        assertThat(event.attempts()).isEqualTo(1);
    }

    @Test
    void theLastFailedAttemptSetsTheEventAsideAsFailed() {
        OutboxEvent event = new OutboxEvent("export-completed", "key-1", "{}", NOW);

        event.attemptFailed("broker down", NOW, 2, Duration.ofSeconds(2));
        event.attemptFailed("broker down", NOW, 2, Duration.ofSeconds(4));

        assertThat(event.status()).isEqualTo(OutboxEvent.Status.FAILED);
        assertThat(event.attempts()).isEqualTo(2);
    }
}
