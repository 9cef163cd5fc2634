package org.contactexport.contact.activity;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads an NDJSON body one line at a time, holding at most one line of {@link #MAX_LENGTH}
 * bytes: a longer line is reported as too long and skipped, never kept in memory.
 */
final class NdjsonLines {

    static final int MAX_LENGTH = 16 * 1024;
    private static final int BUFFER_SIZE = 1 << 16;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private int length;
    private boolean tooLong;
    private long number;

    NdjsonLines(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the body. */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (any) {
                        number++;
                    }
                    return any;
                }
            }
            any = true;
            byte b = buffer[position++];
            if (b == '\n') {
                number++;
                return true;
            }
            append(b);
        }
    }

    /** The current line's number, the first line being 1. */
    long number() {
        return number;
    }

    boolean tooLong() {
        return tooLong;
    }

    boolean blank() {
        for (int i = 0; i < length; i++) {
            if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The current line's bytes, from 0 to {@link #length()}; valid until the next line. */
    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    private void append(byte b) {
        if (tooLong) {
            return;
        }
        if (length == MAX_LENGTH) {
            tooLong = true;
            return;
        }
        if (length == line.length) {
            line = Arrays.copyOf(line, Math.min(line.length * 2, MAX_LENGTH));
        }
        line[length++] = b;
    }
}
