package org.contactexport.contact.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * New contacts of one account sent to PostgreSQL by {@code COPY ... FROM STDIN} as they are
 * read: nothing is kept in memory, and they become visible together when the copy ends, or
 * not at all when it is cancelled.
 */
final class ContactCopy {

    private static final Logger log = LoggerFactory.getLogger(ContactCopy.class);
    private static final int BUFFER_SIZE = 1 << 16;

    private final PGCopyOutputStream copy;
    private final Writer out;
    private final String accountValue;

    private ContactCopy(PGCopyOutputStream copy, String accountId) {
        this.copy = copy;
        this.out = new BufferedWriter(
                new OutputStreamWriter(copy, StandardCharsets.UTF_8), BUFFER_SIZE);
        this.accountValue = '"' + accountId.replace("\"", "\"\"") + '"';
    }

    /**
     * Starts a copy into {@code contacts}.
     *
     * @param columns the columns each row gives values for, after account_id; only names
     *                that the catalogue vouches for
     */
    static ContactCopy start(Connection connection, String accountId, List<String> columns)
            throws SQLException {
        String sql = "COPY contacts (account_id, " + String.join(", ", columns)
                + ") FROM STDIN WITH (FORMAT csv)";
        PGConnection postgres = connection.unwrap(PGConnection.class);
        return new ContactCopy(new PGCopyOutputStream(postgres, sql, BUFFER_SIZE), accountId);
    }

    /** Adds a contact; null values are stored as NULL. */
    void write(String[] values) throws IOException {
        out.write(accountValue);
        for (String value : values) {
            out.write(',');
            if (value != null) {
                writeQuoted(value);
            }
        }
        out.write('\n');
    }

    /** Ends the copy, which stores every contact written. */
    long finish() throws IOException, SQLException {
        out.flush();
        return copy.endCopy();
    }

    /** Abandons the copy: none of its contacts is stored. */
    void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            log.warn("A cancelled contact import did not stop cleanly", e);
        }
    }

    /** Every value is quoted, so that NULL (unquoted empty) and text never mix. */
    private void writeQuoted(String value) throws IOException {
        out.write('"');
        out.write(value.indexOf('"') < 0 ? value : value.replace("\"", "\"\""));
        out.write('"');
    }
}
