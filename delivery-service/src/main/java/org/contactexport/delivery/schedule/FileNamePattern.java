package org.contactexport.delivery.schedule;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The remote file name of a run: {@code {name}} is the schedule's name, any other
 * {@code {…}} a DateTimeFormatter pattern (e.g. {@code {yyyyMMdd_HHmm}}) applied to the run's
 * due time in the schedule's time zone.
 */
final class FileNamePattern {

    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]+)}");
    /** The longest file name most file systems (and the run's column) accept, in bytes. */
    static final int MAX_BYTES = 255;

    private FileNamePattern() {
    }

    /** @throws IllegalArgumentException naming what makes the name unusable */
    static String resolve(String pattern, String scheduleName, ZonedDateTime dueAt) {
        Matcher tokens = TOKEN.matcher(pattern);
        StringBuilder name = new StringBuilder();
        while (tokens.find()) {
            tokens.appendReplacement(name,
                    Matcher.quoteReplacement(valueOf(tokens.group(1), scheduleName, dueAt)));
        }
        tokens.appendTail(name);

        String fileName = name.toString();
        checkPlain(fileName);
        return fileName;
    }

    private static String valueOf(String token, String scheduleName, ZonedDateTime dueAt) {
        if (token.equals("name")) {
            return scheduleName;
        }
        try {
            return DateTimeFormatter.ofPattern(token).format(dueAt);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("{" + token + "} is neither {name} nor a date "
                    + "and time pattern such as {yyyyMMdd_HHmm}");
        }
    }

    private static void checkPlain(String fileName) {
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")
                || fileName.contains("..")) {
            throw new IllegalArgumentException("the file name '" + fileName
                    + "' must not be empty nor contain '/', '\\' or '..'");
        }
        int bytes = fileName.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("the file name would be " + bytes + " bytes "
                    + "long, more than " + MAX_BYTES + ": shorten the pattern or the name");
        }
        if (fileName.chars().anyMatch(Character::isISOControl) || fileName.contains("{")
                || fileName.contains("}")) {
            throw new IllegalArgumentException("the file name must not contain control "
                    + "characters or unmatched braces");
        }
    }
}
