package org.contactexport.export.csv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The spreadsheet dialect: booleans and statuses as words, timestamps in the job's time zone
 * in ISO order (which Calc recognises in every locale), numbers plain, text kept as typed.
 *
 * <p>Known shortcoming: a decimal number is written with a dot, which a French-locale
 * spreadsheet may read as text; integers (the only numbers of the standard fields) are safe.
 */
final class SpreadsheetCells implements CellFormat {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");

    private final boolean english;
    private final DateTimeFormatter timestamps;

    SpreadsheetCells(boolean english, ZoneId timeZone) {
        this.english = english;
        this.timestamps = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(timeZone);
    }

    @Override
    public String show(Column column, String stored) {
        if (stored == null || stored.isEmpty()) {
            return stored;
        }

        String shown = switch (column.type()) {
            case BOOLEAN -> booleanWord(stored);
            case EMAIL_STATUS, MOBILE_STATUS, BOUNCE_CATEGORY ->
                    Vocabulary.label(column.type(), stored, english);
            case TIMESTAMP -> localTime(stored);
            case NUMBER, ACTIVITY_LEVEL -> PLAIN_NUMBER.matcher(stored).matches() ? stored : null;
            case DATE -> stored.matches("\\d{4}-\\d{2}-\\d{2}") ? stored : null;
            default -> null;
        };
        return shown != null ? shown : SpreadsheetText.protect(stored);
    }

    private String booleanWord(String stored) {
        return switch (stored) {
            case "true" -> english ? "Yes" : "Oui";
            case "false" -> english ? "No" : "Non";
            default -> null;
        };
    }

    private String localTime(String stored) {
        try {
            return timestamps.format(Instant.parse(stored));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
