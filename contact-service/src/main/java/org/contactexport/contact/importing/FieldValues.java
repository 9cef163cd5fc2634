package org.contactexport.contact.importing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.contactexport.contact.field.FieldType;

/**
 * Checks an imported cell against its field's type and gives the value in stored form, or
 * throws {@link InvalidValueException} with a message that says what to fix. Cells come here
 * stripped and never empty.
 */
final class FieldValues {

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+"
                    + "(?:\\p{L}{2,63}|xn--[a-zA-Z0-9-]{1,59})");
    private static final int MAX_EMAIL_LENGTH = 254;
    private static final int MAX_LOCAL_PART_LENGTH = 64;
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s.()\\-]");
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(?:[.,][0-9]+)?");
    private static final Map<String, String> BOOLEANS = Map.of(
            "true", "true", "false", "false", "oui", "true", "non", "false",
            "1", "true", "0", "false", "yes", "true", "no", "false",
            "vrai", "true", "faux", "false");
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 9999;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter
            .ofPattern("dd/MM/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private FieldValues() {
    }

    static String stored(FieldType type, String value) {
        return switch (type) {
            case TEXT -> text(value);
            case EMAIL -> email(value);
            case PHONE -> mobile(value);
            case BOOLEAN -> bool(value);
            case EMAIL_STATUS, MOBILE_STATUS, BOUNCE_CATEGORY -> vocabularyKey(type, value);
            case TIMESTAMP -> timestamp(value);
            case DATE -> date(value);
            case NUMBER -> number(value);
            case ACTIVITY_LEVEL -> activityLevel(value);
        };
    }

    static String text(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new InvalidValueException("The value contains a NUL character");
        }
        return value;
    }

    static String email(String value) {
        int at = value.lastIndexOf('@');
        if (value.length() > MAX_EMAIL_LENGTH || at > MAX_LOCAL_PART_LENGTH
                || !EMAIL.matcher(value).matches()) {
            throw new InvalidValueException("'" + value + "' is not a valid email address");
        }
        return value;
    }

    /** Spaces, dots, dashes and brackets are dropped and a leading 00 reads as '+'. */
    static String mobile(String value) {
        String number = PHONE_PUNCTUATION.matcher(value).replaceAll("");
        if (number.startsWith("00")) {
            number = "+" + number.substring(2);
        }
        if (!E164.matcher(number).matches()) {
            throw new InvalidValueException("'" + value + "' is not a mobile number in "
                    + "international E.164 form, such as +33612345678");
        }
        return number;
    }

    static String bool(String value) {
        String stored = BOOLEANS.get(value.toLowerCase(Locale.ROOT));
        if (stored == null) {
            throw new InvalidValueException("'" + value + "' is not a yes/no value; use "
                    + "true/false, oui/non or 1/0");
        }
        return stored;
    }

    static String vocabularyKey(FieldType type, String value) {
        String key = value.toLowerCase(Locale.ROOT);
        if (!type.vocabulary().contains(key)) {
            throw new InvalidValueException("'" + value + "' is not a valid " + type.key()
                    + "; use one of " + String.join(", ", type.vocabulary()));
        }
        return key;
    }

    /**
     * An ISO-8601 date, date-time or instant ({@code 2024-01-05T10:30:00Z}); without an
     * offset it is read as UTC. Stored to the second.
     */
    static String timestamp(String value) {
        String iso = value.length() > 10 && value.charAt(10) == ' '
                ? value.substring(0, 10) + 'T' + value.substring(11) : value;
        try {
            TemporalAccessor parsed = TIMESTAMP.parseBest(iso,
                    OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            Instant instant = instant(parsed).truncatedTo(ChronoUnit.SECONDS);
            int year = instant.atOffset(ZoneOffset.UTC).getYear();
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw new InvalidValueException("'" + value + "' is out of range: the year "
                        + "must be from " + MIN_YEAR + " to " + MAX_YEAR);
            }
            return DateTimeFormatter.ISO_INSTANT.format(instant);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("'" + value + "' is not an ISO-8601 date and time, "
                    + "such as 2024-01-05T10:30:00Z");
        }
    }

    private static Instant instant(TemporalAccessor parsed) {
        if (parsed instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (parsed instanceof LocalDateTime dateTime) {
            return dateTime.toInstant(ZoneOffset.UTC);
        }
        return ((LocalDate) parsed).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** An ISO date ({@code 2024-01-05}) or a French one ({@code 05/01/2024}). */
    static String date(String value) {
        try {
            LocalDate date = value.indexOf('/') > 0
                    ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value);
            return date.toString();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("'" + value + "' is not a date such as 2024-01-05 "
                    + "or 05/01/2024");
        }
    }

    /** A decimal number, with '.' or ',' before its decimals; stored as plain decimal text. */
    static String number(String value) {
        if (!NUMBER.matcher(value).matches()) {
            throw new InvalidValueException("'" + value + "' is not a number such as 42 or "
                    + "-3.5");
        }
        return new BigDecimal(value.replace(',', '.')).toPlainString();
    }

    static String activityLevel(String value) {
        if (value.length() != 1 || value.charAt(0) < '0' || value.charAt(0) > '5') {
            throw new InvalidValueException("'" + value + "' is not an activity level; use a "
                    + "whole number from 0 to 5");
        }
        return value;
    }
}
