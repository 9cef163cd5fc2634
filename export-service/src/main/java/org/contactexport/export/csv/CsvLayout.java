package org.contactexport.export.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything that decides the bytes of an export file: the dialect and its options, and the
 * columns in order.
 */
public record CsvLayout(
        Dialect dialect,
        char delimiter,
        boolean bom,
        Header header,
        ZoneId timeZone,
        List<Column> columns) {

    private static final char BYTE_ORDER_MARK = '\ufeff';

    /**
     * Writes what comes before the first row: the byte order mark and the header line. In the
     * spreadsheet dialect the header cells are protected like values: a custom field's label
     * is typed by an account user and could be a formula.
     */
    public void writeStart(Writer out) {
        try {
            if (bom) {
                out.write(BYTE_ORDER_MARK);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == Header.NONE) {
            return;
        }
        List<String> cells = header.cells(columns);
        if (dialect == Dialect.SPREADSHEET) {
            cells = cells.stream().map(SpreadsheetText::protect).toList();
        }
        new CsvRecordWriter(out, delimiter).writeRecord(cells);
    }

    /** A writer of contact rows, each given as the stored values in column order. */
    public RowWriter rowWriter(Writer out) {
        CellFormat format = dialect == Dialect.DATA
                ? CellFormat.AS_STORED
                : new SpreadsheetCells(header == Header.LABELS_EN, timeZone);
        return new RowWriter(new CsvRecordWriter(out, delimiter), format, columns);
    }

    /** Writes one contact per record. */
    public static final class RowWriter {

        private final CsvRecordWriter records;
        private final CellFormat format;
        private final List<Column> columns;
        private final List<String> cells;

        RowWriter(CsvRecordWriter records, CellFormat format, List<Column> columns) {
            this.records = records;
            this.format = format;
            this.columns = columns;
            this.cells = new ArrayList<>(columns.size());
        }

        public void write(List<String> storedValues) {
            cells.clear();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(format.show(columns.get(i), storedValues.get(i)));
            }
            records.writeRecord(cells);
        }
    }
}
