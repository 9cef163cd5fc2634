package org.contactexport.delivery.schedule;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How schedules run.
 *
 * @param endingNotice    how long before its end date a schedule's users are told it ends
 * @param pollingInterval how often the clustered scheduler looks for due work
 * @param minimumInterval the shortest time allowed between two runs of a schedule
 */
@Validated
@ConfigurationProperties("platform.schedule")
record ScheduleSettings(
        @NotNull @DefaultValue("7d") Duration endingNotice,
        @NotNull @DefaultValue("10s") Duration pollingInterval,
        @NotNull @DefaultValue("15m") Duration minimumInterval) {
}
