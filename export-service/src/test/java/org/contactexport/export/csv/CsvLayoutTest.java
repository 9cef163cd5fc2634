package org.contactexport.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLayoutTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void dataFileWithCommaQuotesOnlyWhatNeedsItAndKeepsLineBreaks() {
        CsvLayout layout = data(',', true,
                text("email"), text("company"), text("custom.notes"));

        String file = write(layout,
                row("jeanne.martin@example.org", "Martin, Dupont & Fils",
                        "Prefers \"Jeanne\" not \"Jeannette\""),
                row("luc.bernard@example.org", "Bernard SA", "Line one\nLine two"),
                row("zoe.brandt@example.com", "O'Neil Ltd", null));

        assertThat(file).isEqualTo("\ufeffemail,company,custom.notes\r\n"
                + "jeanne.martin@example.org,\"Martin, Dupont & Fils\","
                + "\"Prefers \"\"Jeanne\"\" not \"\"Jeannette\"\"\"\r\n"
                + "luc.bernard@example.org,Bernard SA,\"Line one\nLine two\"\r\n"
                + "zoe.brandt@example.com,O'Neil Ltd,\r\n");
    }

    @Test
    void dataFileWithSemicolonDoesNotQuoteAComma() {
        CsvLayout layout = data(';', true, text("email"), text("company"));

        String file = write(layout,
                row("jeanne.martin@example.org", "Martin, Dupont & Fils"),
                row("luc.bernard@example.org", "Café; Bar Léon"));

        assertThat(file).isEqualTo("\ufeffemail;company\r\n"
                + "jeanne.martin@example.org;Martin, Dupont & Fils\r\n"
                + "luc.bernard@example.org;\"Café; Bar Léon\"\r\n");
    }

    @Test
    void dataFileWritesValuesVerbatim() {
        CsvLayout layout = data(',', false,
                column("mobile", FieldType.PHONE), column("score", FieldType.NUMBER),
                text("custom.zip"));

        String file = write(layout, row("+33612345678", "-20", "01200"));

        assertThat(file).isEqualTo("mobile,score,custom.zip\r\n+33612345678,-20,01200\r\n");
    }

    @Test
    void headerNoneWritesOnlyRowsAndNoTrailingDelimiter() {
        CsvLayout layout = new CsvLayout(Dialect.DATA, ',', false, Header.NONE, PARIS,
                List.of(text("a"), text("b")));

        String file = write(layout, row(null, null), row("x", ""));

        assertThat(file).isEqualTo(",\r\nx,\r\n");
    }

    @Test
    void loneCarriageReturnInsideAValueIsQuotedAndKept() {
        CsvLayout layout = data(',', false, text("a"));

        String file = write(layout, row("one\rtwo"));

        assertThat(file).isEqualTo("a\r\n\"one\rtwo\"\r\n");
    }

    @Test
    void spreadsheetHeaderUsesFrenchLabelsByDefault() {
        CsvLayout layout = spreadsheet(Header.LABELS_FR,
                new Column("email_optin", FieldType.BOOLEAN, "Opt-In Email", "Email opt-in"),
                new Column("company", FieldType.TEXT, "Raison Sociale", "Company"));

        String file = write(layout, row("true", "ACME"), row("false", "D02 X285"));

        assertThat(file).isEqualTo("\ufeffOpt-In Email;Raison Sociale\r\n"
                + "Oui;ACME\r\nNon;D02 X285\r\n");
    }

    @Test
    void spreadsheetHeaderNeverRunsOrConvertsALabelAnAccountUserTyped() {
        CsvLayout layout = spreadsheet(Header.LABELS_FR,
                new Column("custom.a", FieldType.TEXT,
                        "=HYPERLINK(\"http://attacker.example\";\"Cliquez\")", "a"),
                new Column("custom.b", FieldType.TEXT, "0012", "b"),
                new Column("custom.c", FieldType.TEXT, "Notes", "c"));

        String file = write(layout);

        assertThat(file).isEqualTo("\ufeff\"=\"\"=HYPERLINK(\"\"\"\"http://attacker.example"
                + "\"\"\"\";\"\"\"\"Cliquez\"\"\"\")\"\"\";\"=\"\"0012\"\"\";Notes\r\n");
    }

    @Test
    void dataHeaderKeepsLabelsAndKeysAsTheyAre() {
        CsvLayout layout = new CsvLayout(Dialect.DATA, ',', false, Header.LABELS_FR, PARIS,
                List.of(new Column("custom.b", FieldType.TEXT, "0012", "b")));

        String file = write(layout);

        assertThat(file).isEqualTo("0012\r\n");
    }

    @Test
    void spreadsheetInEnglishSaysYesNoAndEnglishStatuses() {
        CsvLayout layout = spreadsheet(Header.LABELS_EN,
                column("email_optin", FieldType.BOOLEAN),
                column("email_status", FieldType.EMAIL_STATUS),
                column("mobile_status", FieldType.MOBILE_STATUS),
                column("bounce_category", FieldType.BOUNCE_CATEGORY));

        String file = write(layout, row("true", "complained", "unsubscribed", "unknown_user"));

        assertThat(file).endsWith("\r\nYes;Spam complaint;Unsubscribed (STOP);Unknown user\r\n");
    }

    @Test
    void spreadsheetShowsStatusesAndBounceCategoriesAsFrenchLabels() {
        CsvLayout layout = spreadsheet(Header.NONE,
                column("email_status", FieldType.EMAIL_STATUS),
                column("mobile_status", FieldType.MOBILE_STATUS),
                column("bounce_category", FieldType.BOUNCE_CATEGORY));

        String file = write(layout,
                row("bounced", "invalid", "bad_domain"),
                row("unconfirmed", "unsubscribed", "soft"));

        assertThat(file).isEqualTo("\ufeffNPAI;Numéro invalide;Mauvais domaine\r\n"
                + "Non confirmé;Désinscrit (STOP);Soft\r\n");
    }

    @Test
    void spreadsheetShowsTimestampsInTheJobsTimeZone() {
        CsvLayout layout = spreadsheet(Header.NONE,
                column("created_at", FieldType.TIMESTAMP),
                column("updated_at", FieldType.TIMESTAMP));

        String file = write(layout, row("2024-01-05T10:30:00Z", "2024-07-14T22:15:09Z"));

        assertThat(file).isEqualTo("\ufeff2024-01-05 11:30:00;2024-07-15 00:15:09\r\n");
    }

    @Test
    void spreadsheetWritesNumbersPlain() {
        CsvLayout layout = spreadsheet(Header.NONE,
                column("activity_level", FieldType.ACTIVITY_LEVEL),
                column("custom.score", FieldType.NUMBER),
                column("custom.balance", FieldType.NUMBER));

        String file = write(layout, row("5", "-20", "12.5"));

        assertThat(file).isEqualTo("\ufeff5;-20;12.5\r\n");
    }

    @Test
    void spreadsheetKeepsPhoneNumbersAndDigitStringsAsTyped() {
        CsvLayout layout = spreadsheet(Header.NONE,
                column("mobile", FieldType.PHONE), text("custom.zip"), text("custom.id"),
                column("custom.home", FieldType.PHONE));

        String file = write(layout,
                row("+33612345678", "01000", "123456789012345678", "0612345678"));

        assertThat(file).isEqualTo("\ufeff\"=\"\"+33612345678\"\"\";\"=\"\"01000\"\"\";"
                + "\"=\"\"123456789012345678\"\"\";\"=\"\"0612345678\"\"\"\r\n");
    }

    @Test
    void spreadsheetKeepsDatesFractionsPercentagesAndBooleansTypedAsText() {
        CsvLayout layout = spreadsheet(Header.NONE,
                text("a"), text("b"), text("c"), text("d"), text("e"));

        String file = write(layout, row("1/2", "12%", "2024-01-05", "TRUE", "10:30"));

        assertThat(file).isEqualTo("\ufeff\"=\"\"1/2\"\"\";\"=\"\"12%\"\"\";"
                + "\"=\"\"2024-01-05\"\"\";\"=\"\"TRUE\"\"\";\"=\"\"10:30\"\"\"\r\n");
    }

    @Test
    void spreadsheetKeepsIsoDateTimesTwelveHourTimesAndValuesBehindANoBreakSpaceAsText() {
        CsvLayout layout = spreadsheet(Header.NONE,
                text("a"), text("b"), text("c"), text("d"), text("e"), text("f"));

        String file = write(layout, row("2024-01-05T10:30", "12:30 PM", "\u00a00012",
                "\u2007=1+1", "\u202f Vrai ", "   "));

        assertThat(file).isEqualTo("\ufeff\"=\"\"2024-01-05T10:30\"\"\";\"=\"\"12:30 PM\"\"\";"
                + "\"=\"\"\u00a00012\"\"\";\"=\"\"\u2007=1+1\"\"\";\"=\"\"\u202f Vrai \"\"\";"
                + "\"=\"\"   \"\"\"\r\n");
    }

    @Test
    void spreadsheetProtectsAValueStartingWithAPunctuationCalcReadsAsANumberOrFormula() {
        CsvLayout layout = spreadsheet(Header.NONE,
                text("a"), text("b"), text("c"), text("d"), text("e"));

        String file = write(layout, row(".5", "(12)", "$12", "£3", "%"));

        assertThat(file).isEqualTo("\ufeff\"=\"\".5\"\"\";\"=\"\"(12)\"\"\";"
                + "\"=\"\"$12\"\"\";\"=\"\"£3\"\"\";\"=\"\"%\"\"\"\r\n");
    }

    @Test
    void spreadsheetKeepsDatesWithAMonthNameTypedAsText() {
        CsvLayout layout = spreadsheet(Header.NONE, text("a"), text("b"), text("c"), text("d"));

        String file = write(layout, row("Jan 5", "March 2024", "Dec-24", "5 janv."));

        assertThat(file).isEqualTo("\ufeff\"=\"\"Jan 5\"\"\";\"=\"\"March 2024\"\"\";"
                + "\"=\"\"Dec-24\"\"\";\"=\"\"5 janv.\"\"\"\r\n");
    }

    @Test
    void spreadsheetNeverRunsAFormulaTheContactTyped() {
        CsvLayout layout = spreadsheet(Header.NONE,
                text("a"), text("b"), text("c"), text("d"), text("e"));

        String file = write(layout,
                row("=1+1", "-20 \"net\"", "@SUM(A1)", "\tcmd", "=HYPERLINK(\"x\";\"y\")"));

        assertThat(file).isEqualTo("\ufeff\"=\"\"=1+1\"\"\";\"=\"\"-20 \"\"\"\"net\"\"\"\"\"\"\";"
                + "\"=\"\"@SUM(A1)\"\"\";\"=\"\"\tcmd\"\"\";"
                + "\"=\"\"=HYPERLINK(\"\"\"\"x\"\"\"\";\"\"\"\"y\"\"\"\")\"\"\"\r\n");
    }

    @Test
    void spreadsheetUsesAnApostropheForALongOrMultiLineValueThatMustStayText() {
        CsvLayout layout = spreadsheet(Header.NONE, text("a"), text("b"));
        String longFormula = "=" + "1".repeat(300);

        String file = write(layout, row("=1+1\nsecond line", longFormula));

        assertThat(file).isEqualTo("\ufeff\"'=1+1\nsecond line\";'" + longFormula + "\r\n");
    }

    @Test
    void spreadsheetWritesPlainTextAsIs() {
        CsvLayout layout = spreadsheet(Header.NONE,
                text("first_name"), column("email", FieldType.EMAIL), text("c"), text("d"));

        String file = write(layout,
                row("Jeanne", "jeanne.martin@example.org", "D02 X285", "Martin, Dupont"),
                row("Mai Nguyen", "may.day@example.org", "Marseille 13", "Decathlon"));

        assertThat(file).isEqualTo(
                "\ufeffJeanne;jeanne.martin@example.org;D02 X285;Martin, Dupont\r\n"
                        + "Mai Nguyen;may.day@example.org;Marseille 13;Decathlon\r\n");
    }

    @Test
    void spreadsheetShowsAnUnexpectedStoredValueAsText() {
        CsvLayout layout = spreadsheet(Header.NONE,
                column("email_optin", FieldType.BOOLEAN),
                column("custom.score", FieldType.NUMBER),
                column("email_status", FieldType.EMAIL_STATUS));

        String file = write(layout, row("maybe", "1,5", "archived"));

        assertThat(file).isEqualTo("\ufeffmaybe;\"=\"\"1,5\"\"\";archived\r\n");
    }

    private static CsvLayout data(char delimiter, boolean bom, Column... columns) {
        return new CsvLayout(Dialect.DATA, delimiter, bom, Header.KEYS, PARIS,
                List.of(columns));
    }

    private static CsvLayout spreadsheet(Header header, Column... columns) {
        return new CsvLayout(Dialect.SPREADSHEET, ';', true, header, PARIS, List.of(columns));
    }

    private static Column text(String key) {
        return column(key, FieldType.TEXT);
    }

    private static Column column(String key, FieldType type) {
        return new Column(key, type, key + " fr", key + " en");
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    @SafeVarargs
    private static String write(CsvLayout layout, List<String>... rows) {
        StringWriter out = new StringWriter();
        layout.writeStart(out);
        CsvLayout.RowWriter writer = layout.rowWriter(out);
        for (List<String> row : rows) {
            writer.write(row);
        }
        return out.toString();
    }
}
