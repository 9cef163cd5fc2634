package org.contactexport.export.request;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import org.contactexport.events.FileOptions;
import org.contactexport.export.csv.Dialect;
import org.contactexport.export.csv.Header;

/** Checks the file options of a request and fills in the dialect's defaults. */
final class FileOptionsReader {

    private static final String DEFAULT_TIME_ZONE = "Europe/Paris";

    private FileOptionsReader() {
    }

    static FileOptions read(ExportRequestBody.FileBody file) {
        ExportRequestBody.FileBody given = file != null
                ? file
                : new ExportRequestBody.FileBody(null, null, null, null, null);

        Dialect dialect = dialect(given.dialect());
        String delimiter = given.delimiter() != null
                ? delimiter(given.delimiter())
                : dialect.defaultDelimiter();
        boolean bom = given.bom() != null ? given.bom() : dialect.defaultBom();
        Header header = given.header() != null ? header(given.header()) : dialect.defaultHeader();
        String timeZone = given.timeZone() != null ? timeZone(given.timeZone()) : DEFAULT_TIME_ZONE;
        return new FileOptions(dialect.key(), delimiter, bom, header.key(), timeZone);
    }

    private static Dialect dialect(String value) {
        if (value == null) {
            return Dialect.SPREADSHEET;
        }
        return Arrays.stream(Dialect.values())
                .filter(d -> d.key().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidExportRequest(
                        "file.dialect must be \"spreadsheet\" or \"data\", not \""
                                + UnreadableBody.shown(value) + "\""));
    }

    private static String delimiter(String value) {
        // TAB is the one control character worth allowing: tab-separated files are common.
        boolean tab = value.equals("\t");
        if (value.length() != 1 || value.equals("\"")
                || (!tab && (value.charAt(0) < 0x20 || value.charAt(0) == 0x7f))) {
            throw new InvalidExportRequest("file.delimiter must be one character other than"
                    + " a double quote or a control character (TAB is allowed),"
                    + " e.g. \";\" or \",\"");
        }
        return value;
    }

    private static Header header(String value) {
        return Arrays.stream(Header.values())
                .filter(h -> h.key().equals(value.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidExportRequest("file.header must be one of"
                        + " labels_fr, labels_en, keys, none, not \""
                        + UnreadableBody.shown(value) + "\""));
    }

    private static String timeZone(String value) {
        try {
            return ZoneId.of(value).getId();
        } catch (DateTimeException e) {
            throw new InvalidExportRequest("file.timeZone must be an IANA time zone such as"
                    + " Europe/Paris, not \"" + UnreadableBody.shown(value) + "\"");
        }
    }
}
