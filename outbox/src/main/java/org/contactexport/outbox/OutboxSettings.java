package org.contactexport.outbox;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How often the outbox relay publishes, how it retries an event the broker refuses, and which
 * lock keeps it alone.
 *
 * @param pollIntervalMs  how often the relay looks for events to publish
 * @param maxAttempts     after this many failed attempts the event is set aside as FAILED
 * @param firstRetryDelay the wait after the first failure; it doubles with each failure
 * @param maxRetryDelay   the longest wait between two attempts
 * @param relayLockId     the PostgreSQL advisory lock that lets one relay publish at a time;
 *                        one default serves every service, as each has its own database
 */
@Validated
@ConfigurationProperties("platform.outbox")
record OutboxSettings(
        @Min(1) @DefaultValue("500") long pollIntervalMs,
        @Min(1) @DefaultValue("10") int maxAttempts,
        @NotNull @DefaultValue("1s") Duration firstRetryDelay,
        @NotNull @DefaultValue("5m") Duration maxRetryDelay,
        @DefaultValue("4283") long relayLockId) {

    /** The wait before the next attempt, once {@code failures} attempts have failed. */
    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - 1, 30);
        Duration delay = firstRetryDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
