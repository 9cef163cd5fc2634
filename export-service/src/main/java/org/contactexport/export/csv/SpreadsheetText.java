package org.contactexport.export.csv;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps text exactly as typed when a spreadsheet opens the file: a value that Calc or Excel
 * would run as a formula, or read as a number, date, time, percentage, boolean or fraction,
 * becomes a formula that is one string literal ({@code ="+33612345678"}), which both show as
 * the text.
 */
final class SpreadsheetText {

    /** Longer string literals are refused by spreadsheet formulas. */
    private static final int MAX_LITERAL_LENGTH = 255;

    /**
     * Digits with what numbers, dates, times, percentages, fractions and amounts are made of.
     * Deliberately broad: protecting a value that did not need it costs nothing visible.
     */
    private static final Pattern NUMBER_LIKE =
            Pattern.compile("[\\s\\d.,:/%+\\-eE€$£()]*\\d[\\s\\d.,:/%+\\-eE€$£()]*");

    /** A month name (English or French) with digits, e.g. "Jan 5" or "Dec-24": a date. */
    private static final Pattern DATE_WITH_MONTH_NAME = Pattern.compile(
            "(?iu)(?=.*\\d)[\\d\\s.,/\\-]*(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may"
                    + "|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?"
                    + "|janv(ier)?|f[ée]vr?(ier)?|mars|avr(il)?|mai|juin|juil(let)?|ao[ûu]t"
                    + "|oct(obre)?|d[ée]c(embre)?)\\.?[\\d\\s.,/\\-]*");

    private static final Set<String> BOOLEAN_WORDS =
            Set.of("true", "false", "vrai", "faux");

    private SpreadsheetText() {
    }

    static String protect(String value) {
        if (value == null || value.isEmpty() || !wouldBeMangled(value)) {
            return value;
        }
        if (value.length() > MAX_LITERAL_LENGTH || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return "'" + value;
        }
        return "=\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static boolean wouldBeMangled(String value) {
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r') {
            return true;
        }
        return BOOLEAN_WORDS.contains(value.trim().toLowerCase(Locale.ROOT))
                || NUMBER_LIKE.matcher(value).matches()
                || DATE_WITH_MONTH_NAME.matcher(value).matches();
    }
}
