package org.contactexport.export.csv;

import java.time.ZoneId;

/**
 * The spreadsheet dialect: booleans and statuses as words, timestamps in the job's time zone
 * in ISO order (which Calc recognises in every locale), numbers plain, text kept as typed.
 *
 * <p>Known shortcoming: a decimal number is written with a dot, which a French-locale
 * spreadsheet may read as text; integers (the only numbers of the standard fields) are safe.
 */
final class SpreadsheetCells implements CellFormat {

    private final boolean english;
    private final LocalTimestamps timestamps;

    SpreadsheetCells(boolean english, ZoneId timeZone) {
        this.english = english;
        this.timestamps = new LocalTimestamps(timeZone);
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
            case TIMESTAMP -> timestamps.show(stored);
            case NUMBER, ACTIVITY_LEVEL -> isPlainNumber(stored) ? stored : null;
            case DATE -> isIsoDate(stored) ? stored : null;
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

    /** An optional minus, 1 to 15 digits, then optionally a dot and digits. */
    private static boolean isPlainNumber(String value) {
        int start = value.charAt(0) == '-' ? 1 : 0;
        int dot = value.indexOf('.');
        int integerEnd = dot < 0 ? value.length() : dot;
        int integerDigits = integerEnd - start;
        return integerDigits >= 1 && integerDigits <= 15
                && allDigits(value, start, integerEnd)
                && (dot < 0 || dot < value.length() - 1
                        && allDigits(value, dot + 1, value.length()));
    }

    /** yyyy-MM-dd. */
    private static boolean isIsoDate(String value) {
        return value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-'
                && allDigits(value, 0, 4) && allDigits(value, 5, 7) && allDigits(value, 8, 10);
    }

    private static boolean allDigits(String value, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
