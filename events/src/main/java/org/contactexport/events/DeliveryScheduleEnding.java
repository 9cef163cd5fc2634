package org.contactexport.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A schedule stops delivering soon: its users are told so they can extend it.
 *
 * @param endsOn the last day on which the schedule runs, in its time zone
 */
public record DeliveryScheduleEnding(
        int version,
        UUID scheduleId,
        String accountId,
        String scheduleName,
        LocalDate endsOn,
        List<String> notifyUserIds,
        Instant announcedAt) {

    public static final int VERSION = 1;
}
