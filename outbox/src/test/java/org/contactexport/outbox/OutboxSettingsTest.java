package org.contactexport.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxSettingsTest {

    private final OutboxSettings settings = new OutboxSettings(500, 10, Duration.ofSeconds(1),
            Duration.ofMinutes(5), 4283);

    @Test
    void theDelayDoublesWithEachFailureFromTheFirstRetryDelay() {
        assertThat(settings.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.delayAfter(5)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void theDelayStopsGrowingAtTheLongestRetryDelay() {
        assertThat(settings.delayAfter(9)).isEqualTo(Duration.ofMinutes(4).plusSeconds(16));
        assertThat(settings.delayAfter(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(5));
    }
}
