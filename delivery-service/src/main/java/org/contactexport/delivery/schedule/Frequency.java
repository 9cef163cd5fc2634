package org.contactexport.delivery.schedule;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.scheduling.support.CronExpression;

/**
 * When a schedule runs, in its time zone.
 *
 * @param minute     HOURLY: the minute of each hour (0–59)
 * @param time       DAILY, WEEKLY, MONTHLY: the time of day, e.g. 06:30
 * @param dayOfWeek  WEEKLY: e.g. MONDAY
 * @param dayOfMonth MONTHLY: 1–31; a shorter month runs on its last day
 * @param cron       CRON: a Spring cron expression with seconds, e.g. {@code 0 0 6 * * MON-FRI}
 */
record Frequency(
        @NotNull FrequencyType type,
        Integer minute,
        @Schema(type = "string", example = "06:30") LocalTime time,
        DayOfWeek dayOfWeek,
        Integer dayOfMonth,
        String cron) {

    /** How far ahead the pace of a cron is checked: a year of daily runs. */
    private static final int LOOK_AHEAD_DAYS = 400;
    private static final int LOOK_AHEAD_RUNS = 1000;

    /** What is missing or wrong for the frequency's type, or null when it is complete. */
    String fault() {
        return switch (type) {
            case HOURLY -> minute == null || minute < 0 || minute > 59
                    ? "an HOURLY frequency needs minute, 0 to 59" : null;
            case DAILY -> time == null ? "a DAILY frequency needs time, e.g. 06:30" : null;
            case WEEKLY -> time == null || dayOfWeek == null
                    ? "a WEEKLY frequency needs dayOfWeek (e.g. MONDAY) and time" : null;
            case MONTHLY -> time == null || dayOfMonth == null || dayOfMonth < 1
                    || dayOfMonth > 31
                    ? "a MONTHLY frequency needs dayOfMonth (1 to 31) and time" : null;
            case CRON -> cron == null || !CronExpression.isValidExpression(cron)
                    ? "a CRON frequency needs a valid cron with seconds, e.g. 0 0 6 * * MON-FRI"
                    : null;
        };
    }

    /**
     * Why the runs would come too close or never come, looking at the next ones (up to a
     * year ahead), or null when they are far enough apart. Meant after {@link #fault()}.
     */
    String paceFault(Instant now, ZoneId zone, Duration minimum) {
        if (type == FrequencyType.HOURLY) {
            return Duration.ofHours(1).compareTo(minimum) < 0 ? tooClose(minimum) : null;
        }
        if (type != FrequencyType.CRON) {
            return null;
        }

        CronExpression expression = CronExpression.parse(cron);
        ZonedDateTime previous = expression.next(now.atZone(zone));
        if (previous == null) {
            return "the cron " + cron + " never runs; give one that does, e.g. 0 0 6 * * MON-FRI";
        }
        ZonedDateTime horizon = previous.plusDays(LOOK_AHEAD_DAYS);
        for (int i = 0; i < LOOK_AHEAD_RUNS && previous.isBefore(horizon); i++) {
            ZonedDateTime next = expression.next(previous);
            if (next == null) {
                return null;
            }
            if (Duration.between(previous, next).compareTo(minimum) < 0) {
                return tooClose(minimum) + "; the cron " + cron + " runs at "
                        + previous.toLocalDateTime() + " and again at " + next.toLocalDateTime();
            }
            previous = next;
        }
        return null;
    }

    private static String tooClose(Duration minimum) {
        long seconds = minimum.toSeconds();
        String readable = seconds % 60 == 0 ? seconds / 60 + " minutes" : seconds + " seconds";
        return "runs must be at least " + readable + " apart";
    }

    /** The first run strictly after {@code after}, from the start date to the end date. */
    Optional<Instant> nextAfter(Instant after, ZoneId zone, LocalDate start, LocalDate end) {
        ZonedDateTime from = after.atZone(zone);
        ZonedDateTime startOfFirstDay = start.atStartOfDay(zone);
        if (from.isBefore(startOfFirstDay)) {
            from = startOfFirstDay.minusNanos(1);
        }

        Optional<ZonedDateTime> next = type == FrequencyType.CRON
                ? Optional.ofNullable(CronExpression.parse(cron).next(from))
                : nextOnCalendar(from, zone, end);
        return next.filter(time -> !time.toLocalDate().isAfter(end))
                .map(ZonedDateTime::toInstant);
    }

    private Optional<ZonedDateTime> nextOnCalendar(ZonedDateTime from, ZoneId zone,
            LocalDate end) {
        for (LocalDate day = from.toLocalDate(); !day.isAfter(end); day = day.plusDays(1)) {
            for (LocalTime candidate : timesOn(day)) {
                ZonedDateTime time = ZonedDateTime.of(day, candidate, zone);
                if (time.isAfter(from)) {
                    return Optional.of(time);
                }
            }
        }
        return Optional.empty();
    }

    private List<LocalTime> timesOn(LocalDate day) {
        return switch (type) {
            case HOURLY -> hourly();
            case DAILY -> List.of(time);
            case WEEKLY -> day.getDayOfWeek() == dayOfWeek ? List.of(time) : List.of();
            case MONTHLY -> day.getDayOfMonth() == clampedDayOfMonth(YearMonth.from(day))
                    ? List.of(time) : List.of();
            case CRON -> List.of();
        };
    }

    private List<LocalTime> hourly() {
        List<LocalTime> times = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            times.add(LocalTime.of(hour, minute));
        }
        return times;
    }

    private int clampedDayOfMonth(YearMonth month) {
        return Math.min(dayOfMonth, month.lengthOfMonth());
    }
}
