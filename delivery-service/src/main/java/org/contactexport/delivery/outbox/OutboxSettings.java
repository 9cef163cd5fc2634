package org.contactexport.delivery.outbox;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox relay retries an event the broker refuses.
 *
 * @param pollIntervalMs  how often the relay looks for events to publish
 * @param maxAttempts     after this many failed attempts the event is set aside as FAILED
 * @param firstRetryDelay the wait after the first failure; it doubles with each failure
 * @param maxRetryDelay   the longest wait between two attempts
 */
@Validated
@ConfigurationProperties("platform.outbox")
record OutboxSettings(
        @Min(1) @DefaultValue("500") long pollIntervalMs,
        @Min(1) @DefaultValue("10") int maxAttempts,
        @NotNull @DefaultValue("1s") Duration firstRetryDelay,
        @NotNull @DefaultValue("5m") Duration maxRetryDelay) {

    /** The wait before the next attempt, once {@code failures} attempts have failed. */
    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - 1, 30);
        Duration delay = firstRetryDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
