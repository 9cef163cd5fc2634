package org.contactexport.contact.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The request body, refused as soon as more than the maximum has been read. */
final class LimitedBody extends FilterInputStream {

    private final long maxBytes;
    private long read;

    LimitedBody(InputStream body, long maxBytes) {
        super(body);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws ImportTooLargeException {
        read += n;
        if (read > maxBytes) {
            throw ImportTooLargeException.body(maxBytes);
        }
    }
}
