package org.contactexport.export.csv;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps text exactly as typed when a spreadsheet opens the file: a value that Calc or Excel
 * could run as a formula, or read as a number, date, time, percentage, boolean or fraction,
 * becomes a formula that is one string literal ({@code ="+33612345678"}), which both show as
 * the text.
 *
 * <p>The rule is deliberately broad rather than a list of formats, because Calc recognises
 * more than anyone lists and protecting a value that did not need it costs nothing visible.
 * After stripping the spaces at both ends (Java's and Unicode's, as Calc trims a no-break
 * space too), a value is protected when it is only spaces, starts with a digit or with one of
 * {@code = + - @ . , ( $ € £ %}, is a boolean word (true, false, vrai, faux, any case) or is
 * a date written with a month name; and so is a value starting with TAB, CR or LF.
 *
 * <p>Known limit: a value over {@value #MAX_LITERAL_LENGTH} characters or holding a line
 * break cannot be a string literal, so it gets a leading apostrophe instead, which Calc and
 * Excel show as part of the text (the product's rules tolerate it).
 */
final class SpreadsheetText {

    /** Longer string literals are refused by spreadsheet formulas. */
    private static final int MAX_LITERAL_LENGTH = 255;

    private static final String RISKY_FIRST = "=+-@.,($€£%";

    /** A month name (English or French) with digits, e.g. "Jan 5" or "Dec-24": a date. */
    private static final Pattern DATE_WITH_MONTH_NAME = Pattern.compile(
            "(?iu)(?=.*\\d)[\\d\\s.,/\\-]*(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may"
                    + "|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?"
                    + "|janv(ier)?|f[ée]vr?(ier)?|mars|avr(il)?|mai|juin|juil(let)?|ao[ûu]t"
                    + "|oct(obre)?|d[ée]c(embre)?)\\.?[\\d\\s.,/\\-]*");

    private static final Set<String> BOOLEAN_WORDS =
            Set.of("true", "false", "vrai", "faux");
    private static final int LONGEST_BOOLEAN_WORD = 5;

    /** "Wednesday 25 September 2024" is about the longest date a person writes in words. */
    private static final int LONGEST_DATE_WITH_MONTH_NAME = 40;

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
        if (first == '\t' || first == '\r' || first == '\n') {
            return true;
        }

        // Indices rather than a stripped copy: this runs for every text cell of the file.
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return true;
        }
        int lead = value.codePointAt(start);
        if (Character.isDigit(lead) || RISKY_FIRST.indexOf(lead) >= 0) {
            return true;
        }
        int length = end - start;
        if (length <= LONGEST_BOOLEAN_WORD && BOOLEAN_WORDS.contains(
                value.substring(start, end).toLowerCase(Locale.ROOT))) {
            return true;
        }
        return length <= LONGEST_DATE_WITH_MONTH_NAME && hasDigit(value, start, end)
                && DATE_WITH_MONTH_NAME.matcher(value).region(start, end).matches();
    }

    private static boolean hasDigit(String value, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isDigit(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
