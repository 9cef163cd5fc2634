package org.contactexport.delivery.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FrequencyTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate START = LocalDate.parse("2026-01-01");
    private static final LocalDate END = LocalDate.parse("2026-12-31");
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    @Test
    void anHourlyScheduleRunsAtItsMinuteOfTheNextHour() {
        Frequency hourly = new Frequency(FrequencyType.HOURLY, 15, null, null, null, null);

        assertThat(hourly.nextAfter(Instant.parse("2026-03-10T08:20:00Z"), PARIS, START, END))
                .contains(Instant.parse("2026-03-10T09:15:00Z"));
    }

    @Test
    void aDailyScheduleRunsAtItsTimeInItsZoneAcrossTheSpringChange() {
        Frequency daily = new Frequency(FrequencyType.DAILY, null, LocalTime.of(6, 30), null,
                null, null);

        assertThat(daily.nextAfter(Instant.parse("2026-03-28T05:30:00Z"), PARIS, START, END))
                .contains(Instant.parse("2026-03-29T04:30:00Z"));
    }

    @Test
    void aWeeklyScheduleRunsOnItsDay() {
        Frequency weekly = new Frequency(FrequencyType.WEEKLY, null, LocalTime.of(7, 0),
                DayOfWeek.MONDAY, null, null);

        assertThat(weekly.nextAfter(Instant.parse("2026-06-03T10:00:00Z"), PARIS, START, END))
                .contains(Instant.parse("2026-06-08T05:00:00Z"));
    }

    @Test
    void aMonthlyScheduleOnThe31stRunsOnTheLastDayOfAShorterMonth() {
        Frequency monthly = new Frequency(FrequencyType.MONTHLY, null, LocalTime.of(1, 0), null,
                31, null);

        assertThat(monthly.nextAfter(Instant.parse("2026-02-01T00:00:00Z"), PARIS, START, END))
                .contains(Instant.parse("2026-02-28T00:00:00Z"));
        assertThat(monthly.nextAfter(Instant.parse("2026-03-01T00:00:00Z"), PARIS, START, END))
                .contains(Instant.parse("2026-03-30T23:00:00Z"));
    }

    @Test
    void aCronScheduleFollowsItsExpressionInItsZone() {
        Frequency cron = new Frequency(FrequencyType.CRON, null, null, null, null,
                "0 0 6 * * MON-FRI");

        assertThat(cron.nextAfter(Instant.parse("2026-06-05T06:00:00Z"), PARIS, START, END))
                .contains(Instant.parse("2026-06-08T04:00:00Z"));
    }

    @Test
    void noRunBeforeTheStartDateNorAfterTheEndDate() {
        Frequency daily = new Frequency(FrequencyType.DAILY, null, LocalTime.of(6, 30), null,
                null, null);
        LocalDate start = LocalDate.parse("2026-05-10");
        LocalDate end = LocalDate.parse("2026-05-12");

        assertThat(daily.nextAfter(Instant.parse("2026-05-01T00:00:00Z"), PARIS, start, end))
                .contains(Instant.parse("2026-05-10T04:30:00Z"));
        assertThat(daily.nextAfter(Instant.parse("2026-05-12T05:00:00Z"), PARIS, start, end))
                .isEmpty();
    }

    @Test
    void anIncompleteFrequencySaysWhatItNeeds() {
        assertThat(new Frequency(FrequencyType.WEEKLY, null, LocalTime.NOON, null, null, null)
                .fault()).isEqualTo("a WEEKLY frequency needs dayOfWeek (e.g. MONDAY) and time");
        assertThat(new Frequency(FrequencyType.CRON, null, null, null, null, "every day")
                .fault()).startsWith("a CRON frequency needs a valid cron");
    }

    @Test
    void aCronOfEverySecondIsRefusedWithTheMinimumAndTheTwoCloseRuns() {
        Frequency everySecond = cron("* * * * * *");

        assertThat(everySecond.paceFault(Instant.parse("2026-03-10T08:20:00Z"), PARIS,
                FIFTEEN_MINUTES)).isEqualTo("runs must be at least 15 minutes apart; the cron "
                + "* * * * * * runs at 2026-03-10T09:20:01 and again at 2026-03-10T09:20:02");
    }

    @Test
    void aCronCloseOnlyOnceADayIsRefusedToo() {
        Frequency twiceAtSix = cron("0 0,10 6 * * *");

        assertThat(twiceAtSix.paceFault(Instant.parse("2026-03-10T08:20:00Z"), PARIS,
                FIFTEEN_MINUTES)).isEqualTo("runs must be at least 15 minutes apart; the cron "
                + "0 0,10 6 * * * runs at 2026-03-11T06:00 and again at 2026-03-11T06:10");
    }

    @Test
    void everyFifteenMinutesAndHourlyAreAllowed() {
        Frequency quarterly = cron("0 */15 * * * *");
        Frequency hourly = new Frequency(FrequencyType.HOURLY, 15, null, null, null, null);

        assertThat(quarterly.paceFault(Instant.parse("2026-03-10T08:20:00Z"), PARIS,
                FIFTEEN_MINUTES)).isNull();
        assertThat(hourly.paceFault(Instant.parse("2026-03-10T08:20:00Z"), PARIS,
                FIFTEEN_MINUTES)).isNull();
    }

    @Test
    void aCronThatNeverRunsIsRefused() {
        Frequency thirtiethOfFebruary = cron("0 0 0 30 2 *");

        assertThat(thirtiethOfFebruary.paceFault(Instant.parse("2026-03-10T08:20:00Z"), PARIS,
                FIFTEEN_MINUTES)).isEqualTo("the cron 0 0 0 30 2 * never runs; give one that "
                + "does, e.g. 0 0 6 * * MON-FRI");
    }

    private static Frequency cron(String cron) {
        return new Frequency(FrequencyType.CRON, null, null, null, null, cron);
    }
}
