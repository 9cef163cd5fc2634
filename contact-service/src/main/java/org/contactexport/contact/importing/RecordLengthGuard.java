package org.contactexport.contact.importing;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows the CSV text the parser is given, with RFC 4180 quoting, and refuses a record longer
 * than the maximum before the parser has buffered more of it: the parser builds each value in
 * memory, so a record left unbounded (a quote never closed, a 150 MB value) would take the heap.
 */
final class RecordLengthGuard extends FilterReader {

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final char delimiter;
    private final int maxChars;
    private State state = State.FIELD_START;
    private long line;
    private long recordLine;
    private int recordChars;

    /**
     * @param firstLine the line number, as a spreadsheet counts, of the first line read
     */
    RecordLengthGuard(Reader in, char delimiter, int maxChars, long firstLine) {
        super(in);
        this.delimiter = delimiter;
        this.maxChars = maxChars;
        this.line = firstLine;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            follow((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            follow(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("Skipping would hide a record's length");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void follow(char c) throws ImportTooLargeException {
        boolean lineBreak = c == '\n' || c == '\r';
        state = next(c, lineBreak);
        if (state == State.FIELD_START && lineBreak) {
            recordChars = 0;
        } else {
            if (recordChars == 0) {
                recordLine = line;
            }
            recordChars++;
            if (recordChars > maxChars) {
                throw ImportTooLargeException.record(recordLine, maxChars);
            }
        }
        if (c == '\n') {
            line++;
        }
    }

    /** The state after c; a line break outside quotes ends the record (FIELD_START). */
    private State next(char c, boolean lineBreak) {
        return switch (state) {
            case FIELD_START, UNQUOTED, QUOTE_IN_QUOTED -> {
                if (c == delimiter || lineBreak) {
                    yield State.FIELD_START;
                }
                if (state == State.FIELD_START && c == '"') {
                    yield State.QUOTED;
                }
                if (state == State.QUOTE_IN_QUOTED && c == '"') {
                    yield State.QUOTED;
                }
                yield State.UNQUOTED;
            }
            case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
        };
    }
}
