package org.contactexport.export.csv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;

/**
 * Shows stored UTC instants as {@code yyyy-MM-dd HH:mm:ss} in a time zone.
 *
 * <p>A spreadsheet export formats two timestamps per contact: java.time's general parser and
 * formatter cost more than the rest of the row, so the one form contact-service sends
 * ({@code 2024-01-05T10:30:00Z}) is read and written by hand; any other form takes the general
 * path.
 */
final class LocalTimestamps {

    private static final int CANONICAL_LENGTH = "2024-01-05T10:30:00Z".length();

    private final ZoneRules rules;
    private final DateTimeFormatter general;

    LocalTimestamps(ZoneId zone) {
        this.rules = zone.getRules();
        this.general = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    /** The local date and time, or null when {@code stored} is not an instant. */
    String show(String stored) {
        if (isCanonical(stored)) {
            return showCanonical(stored);
        }
        try {
            return general.format(Instant.parse(stored));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private String showCanonical(String stored) {
        long epochSecond;
        try {
            LocalDate date = LocalDate.of(digits(stored, 0, 4), digits(stored, 5, 2),
                    digits(stored, 8, 2));
            int secondOfDay = digits(stored, 11, 2) * 3600 + digits(stored, 14, 2) * 60
                    + digits(stored, 17, 2);
            epochSecond = date.toEpochDay() * 86_400 + secondOfDay;
        } catch (DateTimeException e) {
            return null;
        }

        ZoneOffset offset = rules.getOffset(Instant.ofEpochSecond(epochSecond));
        LocalDateTime local = LocalDateTime.ofEpochSecond(epochSecond, 0, offset);
        char[] text = new char[19];
        write(text, 0, local.getYear(), 4);
        text[4] = '-';
        write(text, 5, local.getMonthValue(), 2);
        text[7] = '-';
        write(text, 8, local.getDayOfMonth(), 2);
        text[10] = ' ';
        write(text, 11, local.getHour(), 2);
        text[13] = ':';
        write(text, 14, local.getMinute(), 2);
        text[16] = ':';
        write(text, 17, local.getSecond(), 2);
        return new String(text);
    }

    private static boolean isCanonical(String value) {
        if (value.length() != CANONICAL_LENGTH || value.charAt(10) != 'T'
                || value.charAt(19) != 'Z') {
            return false;
        }
        for (int i = 0; i < 19; i++) {
            char c = value.charAt(i);
            boolean separator = i == 4 || i == 7 || i == 10 || i == 13 || i == 16;
            if (!separator && (c < '0' || c > '9')) {
                return false;
            }
        }
        return value.charAt(4) == '-' && value.charAt(7) == '-' && value.charAt(13) == ':'
                && value.charAt(16) == ':';
    }

    private static int digits(String value, int start, int count) {
        int number = 0;
        for (int i = start; i < start + count; i++) {
            number = number * 10 + (value.charAt(i) - '0');
        }
        if (start == 11 && number > 23 || (start == 14 || start == 17) && number > 59) {
            throw new DateTimeException("Not a time of day: " + number);
        }
        return number;
    }

    private static void write(char[] text, int at, int number, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + number % 10);
            number /= 10;
        }
    }
}
