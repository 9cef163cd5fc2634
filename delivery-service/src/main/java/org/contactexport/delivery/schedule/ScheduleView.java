package org.contactexport.delivery.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A schedule as the API shows it.
 *
 * @param status    ACTIVE, PAUSED, or ENDED once no run remains before the end date
 * @param nextDueAt the next run, or null when paused or ended
 */
record ScheduleView(
        UUID id,
        String name,
        UUID targetId,
        String fileNamePattern,
        Frequency frequency,
        String timeZone,
        LocalDate startDate,
        LocalDate endDate,
        List<String> notifyUserIds,
        ScheduleTemplate template,
        String status,
        Instant nextDueAt,
        Instant createdAt) {

    static ScheduleView of(DeliverySchedule schedule) {
        String status = schedule.isActive() && schedule.nextDueAt() == null
                ? "ENDED" : schedule.status().name();
        return new ScheduleView(schedule.id(), schedule.name(), schedule.targetId(),
                schedule.fileNamePattern(), schedule.frequency(), schedule.zone().getId(),
                schedule.startDate(), schedule.endDate(), schedule.notifyUserIds(),
                schedule.template(), status, schedule.nextDueAt(), schedule.createdAt());
    }
}
