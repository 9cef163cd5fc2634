package org.contactexport.contact.importing;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file read as it arrives: a byte order mark is skipped, the delimiter
 * ({@code ,}, {@code ;} or tab) is the one the header row uses most (or the one an Excel
 * {@code sep=} first line names), and values follow RFC 4180 quoting, line breaks included.
 * Text that is not in the given charset fails rather than being guessed at.
 */
final class CsvContactFile implements Closeable {

    private static final char BOM = '\uFEFF';
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int BUFFER_SIZE = 1 << 16;

    private final List<String> header;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private CsvContactFile(List<String> header, CSVParser parser) {
        this.header = header;
        this.parser = parser;
        this.records = parser.iterator();
    }

    /** Opens a file with the default limits (a body of at most 2 GB). */
    static CsvContactFile open(InputStream body, Charset charset) throws IOException {
        return open(body, charset, ImportLimits.withMaxBody(2L * 1024 * 1024 * 1024));
    }

    /**
     * Opens a file and reads its header row.
     *
     * @throws ImportTooLargeException when the body, the header row or (later, from
     *                                 {@link #next()}) a record is beyond its limit
     */
    static CsvContactFile open(InputStream body, Charset charset, ImportLimits limits)
            throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(
                new LimitedBody(body, limits.maxBodyBytes()), decoder), BUFFER_SIZE);
        skipByteOrderMark(reader);

        long linesRead = 1;
        String headerLine = readLine(reader, limits.maxHeaderChars());
        char delimiter;
        if (headerLine != null && isExcelSeparatorLine(headerLine)) {
            delimiter = headerLine.charAt(4);
            headerLine = readLine(reader, limits.maxHeaderChars());
            linesRead++;
        } else {
            delimiter = headerLine == null ? ',' : mostUsedDelimiter(headerLine);
        }
        if (headerLine == null || headerLine.isBlank()) {
            throw InvalidFileException.because(
                    "The file is empty: its first row must name the columns by field key");
        }
        CSVFormat format = format(delimiter);
        List<String> header = headerCells(CSVParser.parse(headerLine, format));
        Reader records = new RecordLengthGuard(reader, delimiter, limits.maxRecordChars(),
                linesRead + 1);
        return new CsvContactFile(header, CSVParser.parse(records, format));
    }

    /** The header row's cells, without trailing empty ones. */
    List<String> header() {
        return header;
    }

    /** The next data row, or null at the end of the file. Empty lines are skipped. */
    CSVRecord next() throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
    }

    /**
     * A line without its line break, or null at the end of the text; unlike
     * {@link BufferedReader#readLine()} it refuses to hold more than maxChars.
     */
    private static String readLine(BufferedReader reader, int maxChars) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = reader.read()) >= 0 && c != '\n' && c != '\r') {
            if (line.length() == maxChars) {
                throw ImportTooLargeException.header(maxChars);
            }
            line.append((char) c);
        }
        if (c == '\r') {
            reader.mark(1);
            if (reader.read() != '\n') {
                reader.reset();
            }
        }
        return c < 0 && line.isEmpty() ? null : line.toString();
    }

    private static boolean isExcelSeparatorLine(String line) {
        return line.length() == 5 && line.toLowerCase(Locale.ROOT).startsWith("sep=");
    }

    /** The delimiter found most often outside quotes; ',' when none is there. */
    static char mostUsedDelimiter(String headerLine) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            for (int d = 0; d < DELIMITERS.length && !quoted; d++) {
                if (c == DELIMITERS[d]) {
                    counts[d]++;
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
    }

    private static List<String> headerCells(CSVParser headerParser) {
        List<String> cells;
        try {
            cells = new ArrayList<>(headerParser.getRecords().get(0).toList());
        } catch (UncheckedIOException e) {
            throw InvalidFileException.because("The header row is malformed: it must name the "
                    + "columns by field key on its first line, and a quoted name must close "
                    + "before that line ends. Nothing was loaded.");
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }
}
