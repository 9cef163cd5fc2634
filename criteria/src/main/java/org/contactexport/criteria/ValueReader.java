package org.contactexport.criteria;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;

/**
 * Checks one value of a document and gives its canonical text (see {@link FieldCondition}), or
 * records a fault and gives null.
 */
final class ValueReader {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final List<String> BOOLEANS = List.of("true", "false");

    private static final List<String> ACTIVITY_LEVELS = IntStream
            .rangeClosed(Vocabularies.ACTIVITY_LEVEL_MIN, Vocabularies.ACTIVITY_LEVEL_MAX)
            .mapToObj(Integer::toString)
            .toList();

    private final Faults faults;

    ValueReader(Faults faults) {
        this.faults = faults;
    }

    String fieldValue(FieldType type, Operator operator, JsonNode node, String path) {
        if (operator == Operator.WITHIN_LAST_DAYS) {
            Integer days = days(node, path);
            return days == null ? null : days.toString();
        }
        return switch (type.kind()) {
            case TEXT -> text(node, path, "a text value");
            case NUMBER -> number(node, path);
            case ACTIVITY_LEVEL -> activityLevel(node, path);
            case BOOLEAN -> bool(node, path);
            case VOCABULARY -> key(node, path, "a key of " + type.catalogueName(),
                    type.vocabulary());
            case DAY -> {
                LocalDate day = day(node, path);
                yield day == null ? null : day.toString();
            }
        };
    }

    /** Text kept exactly as given: 1 to 500 characters, no NUL, valid Unicode. */
    String text(JsonNode node, String path, String what) {
        if (node == null || !node.isString()) {
            faults.add(path, what + " is a JSON string, not " + JsonTypes.describe(node));
            return null;
        }

        String text = node.stringValue();
        int characters = text.codePointCount(0, text.length());
        if (characters < 1 || characters > Limits.MAX_VALUE_CHARS) {
            faults.add(path, what + " has 1 to " + Limits.MAX_VALUE_CHARS
                    + " characters; this one has " + characters);
            return null;
        }
        if (text.indexOf('\0') >= 0) {
            faults.add(path, what + " cannot contain the NUL character (U+0000), found at"
                    + " character " + (text.codePointCount(0, text.indexOf('\0')) + 1));
            return null;
        }
        int loneSurrogate = loneSurrogate(text);
        if (loneSurrogate >= 0) {
            faults.add(path, what + " must be valid Unicode; it has a lone surrogate at character "
                    + (text.codePointCount(0, loneSurrogate) + 1));
            return null;
        }
        return text;
    }

    /** A key of a closed list, named by {@code what}, e.g. "a key of email_status". */
    String key(JsonNode node, String path, String what, List<String> vocabulary) {
        if (node == null || !node.isString()) {
            faults.add(path, what + " is a JSON string, not " + JsonTypes.describe(node),
                    vocabulary);
            return null;
        }

        String key = node.stringValue();
        if (!vocabulary.contains(key)) {
            faults.add(path, Quote.of(key) + " is not " + what, vocabulary);
            return null;
        }
        return key;
    }

    LocalDate day(JsonNode node, String path) {
        if (node == null || !node.isString()) {
            faults.add(path, "a day is a JSON string YYYY-MM-DD, not " + JsonTypes.describe(node));
            return null;
        }

        String text = node.stringValue();
        Optional<LocalDate> day = DAY.matcher(text).matches() ? parseDay(text) : Optional.empty();
        if (day.isEmpty()) {
            faults.add(path, "a day is written YYYY-MM-DD, e.g. 2026-11-01; got "
                    + Quote.of(text));
            return null;
        }
        return day.get();
    }

    Integer days(JsonNode node, String path) {
        String message = "a number of days is an integer from " + Limits.MIN_DAYS + " to "
                + Limits.MAX_DAYS;
        BigDecimal number = integer(node, path, message, List.of());
        if (number == null) {
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(Limits.MIN_DAYS)) < 0
                || number.compareTo(BigDecimal.valueOf(Limits.MAX_DAYS)) > 0) {
            faults.add(path, message + "; got " + shown(number));
            return null;
        }
        return number.intValueExact();
    }

    private String number(JsonNode node, String path) {
        BigDecimal number = decimal(node, path, "a number value");
        return number == null ? null : number.toPlainString();
    }

    private String activityLevel(JsonNode node, String path) {
        String message = "an activity level is an integer from "
                + Vocabularies.ACTIVITY_LEVEL_MIN + " to " + Vocabularies.ACTIVITY_LEVEL_MAX;
        BigDecimal level = integer(node, path, message, ACTIVITY_LEVELS);
        if (level == null) {
            return null;
        }
        if (!ACTIVITY_LEVELS.contains(level.toPlainString())) {
            faults.add(path, message + "; got " + shown(level), ACTIVITY_LEVELS);
            return null;
        }
        return level.toPlainString();
    }

    private String bool(JsonNode node, String path) {
        if (node == null || !node.isBoolean()) {
            faults.add(path, "a boolean value is JSON true or false, not "
                    + JsonTypes.describe(node), BOOLEANS);
            return null;
        }
        return Boolean.toString(node.booleanValue());
    }

    private BigDecimal integer(JsonNode node, String path, String message, List<String> allowed) {
        if (node == null || !node.isNumber()) {
            faults.add(path, message + ", a JSON number, not " + JsonTypes.describe(node),
                    allowed);
            return null;
        }

        BigDecimal number = decimal(node, path, "a number");
        if (number == null) {
            return null;
        }
        if (number.scale() > 0) {
            faults.add(path, message + "; got " + shown(number), allowed);
            return null;
        }
        return number;
    }

    /** The number without trailing zeros, or null if it is not a finite, writable number. */
    private BigDecimal decimal(JsonNode node, String path, String what) {
        if (node == null || !node.isNumber()) {
            faults.add(path, what + " is a JSON number, not " + JsonTypes.describe(node));
            return null;
        }
        if (node.isFloatingPointNumber() && !node.isBigDecimal()
                && !Double.isFinite(node.doubleValue())) {
            faults.add(path, what + " must be finite");
            return null;
        }

        BigDecimal number = node.decimalValue().stripTrailingZeros();
        if (plainLength(number) > Limits.MAX_VALUE_CHARS) {
            faults.add(path, what + " has at most " + Limits.MAX_VALUE_CHARS
                    + " characters written in plain decimal; this one is " + number);
            return null;
        }
        return number.signum() == 0 ? BigDecimal.ZERO : number;
    }

    /** The length of toPlainString() without building it: 1e999999999 must stay cheap. */
    private static long plainLength(BigDecimal number) {
        long precision = number.precision();
        long scale = number.scale();
        long sign = number.signum() < 0 ? 1 : 0;
        if (scale <= 0) {
            return sign + precision - scale;
        }
        if (scale >= precision) {
            return sign + 2 + scale;
        }
        return sign + precision + 1;
    }

    private static String shown(BigDecimal number) {
        return plainLength(number) <= 40 ? number.toPlainString() : number.toString();
    }

    private static Optional<LocalDate> parseDay(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }

    private static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
