package org.contactexport.contact.contact;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contactexport.contact.ContactServiceProperties;
import org.contactexport.contact.field.FieldDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/** Reads contacts of one account: counts, pages, and the constant-memory stream of exports. */
@Repository
class ContactReader {

    /** NDJSON: each row's array is followed by a line feed, nothing between the values. */
    private static final JsonFactory NDJSON = JsonFactory.builder()
            .rootValueSeparator((SerializableString) null)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JdbcTemplate jdbc;
    private final int fetchSize;

    ContactReader(JdbcTemplate jdbc, ContactServiceProperties properties) {
        this.jdbc = jdbc;
        this.fetchSize = properties.streamFetchSize();
    }

    ContactBounds bounds(ContactRange range) {
        String sql = "SELECT count(*), min(c.id), max(c.id) " + range.fromWhere();
        return jdbc.queryForObject(sql, (row, n) -> new ContactBounds(row.getLong(1),
                row.getObject(2, Long.class), row.getObject(3, Long.class)),
                range.parameters().toArray());
    }

    /**
     * Writes one JSON array per contact of the range, in id order: {@code [id, "v1", null, …]}.
     * A cursor fetches the rows in batches (PostgreSQL keeps a cursor open only inside a
     * transaction) and each row goes straight to {@code out}, so memory does not grow with
     * the number of contacts.
     *
     * @return how many contacts were written
     */
    @Transactional(readOnly = true)
    public long stream(ContactRange range, List<FieldDefinition> fields, OutputStream out) {
        String sql = "SELECT " + ContactColumns.selectList(fields) + " " + range.fromWhere()
                + " ORDER BY c.id";
        jdbc.execute(ContactColumns.UTC_SESSION);

        try (JsonGenerator json = NDJSON.createGenerator(out)) {
            NdjsonRows rows = new NdjsonRows(json, ContactColumns.timestamps(fields));
            jdbc.query(connection -> cursor(connection, sql, range), rows);
            return rows.written;
        }
    }

    /** How many contacts of the range match and the first {@code limit} of them, by id. */
    @Transactional(readOnly = true)
    public ContactSearchResult search(ContactRange range, List<FieldDefinition> fields,
            int limit) {
        jdbc.execute(ContactColumns.UTC_SESSION);
        List<Object> parameters = range.parameters();
        Long count = jdbc.queryForObject("SELECT count(*) " + range.fromWhere(), Long.class,
                parameters.toArray());

        String sql = "SELECT " + ContactColumns.selectList(fields) + " " + range.fromWhere()
                + " ORDER BY c.id LIMIT ?";
        List<Object> pageParameters = new ArrayList<>(parameters);
        pageParameters.add(limit);
        boolean[] timestamps = ContactColumns.timestamps(fields);
        List<Map<String, Object>> contacts = jdbc.query(sql,
                (row, n) -> asMap(row, fields, timestamps), pageParameters.toArray());
        return new ContactSearchResult(count, contacts);
    }

    @Transactional(readOnly = true)
    public ContactPage page(String accountId, List<FieldDefinition> fields, int page, int size) {
        jdbc.execute(ContactColumns.UTC_SESSION);
        Long total = jdbc.queryForObject(
                "SELECT count(*) FROM contacts WHERE account_id = ?", Long.class, accountId);
        String sql = "SELECT " + ContactColumns.selectList(fields)
                + " FROM contacts WHERE account_id = ? ORDER BY id LIMIT ? OFFSET ?";

        boolean[] timestamps = ContactColumns.timestamps(fields);
        List<Map<String, Object>> contacts = jdbc.query(sql,
                (row, n) -> asMap(row, fields, timestamps), accountId, size, (long) page * size);
        long pages = (total + size - 1) / size;
        return new ContactPage(page, size, total, pages, contacts);
    }

    private PreparedStatement cursor(Connection connection, String sql, ContactRange range)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql,
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(fetchSize);
        List<Object> parameters = range.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static Map<String, Object> asMap(ResultSet row, List<FieldDefinition> fields,
            boolean[] timestamps) throws SQLException {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("id", row.getLong(1));
        for (int i = 0; i < fields.size(); i++) {
            String value = row.getString(i + 2);
            boolean timestamp = value != null && timestamps[i];
            contact.put(fields.get(i).key(), timestamp ? UtcTimestamps.toIso(value) : value);
        }
        return contact;
    }

    /** Writes each row as it comes, with no object per row beyond the driver's own bytes. */
    private static final class NdjsonRows implements RowCallbackHandler {

        private final JsonGenerator json;
        private final boolean[] timestamps;
        private final byte[] isoTimestamp = new byte[UtcTimestamps.MAX_LENGTH];
        private long written;

        NdjsonRows(JsonGenerator json, boolean[] timestamps) {
            this.json = json;
            this.timestamps = timestamps;
        }

        @Override
        public void processRow(ResultSet row) throws SQLException {
            json.writeStartArray();
            json.writeNumber(row.getLong(1));
            for (int field = 0; field < timestamps.length; field++) {
                // Every column is text: its bytes are already UTF-8, written without decoding.
                byte[] value = row.getBytes(field + 2);
                if (value == null) {
                    json.writeNull();
                } else if (timestamps[field]) {
                    json.writeUTF8String(isoTimestamp, 0,
                            UtcTimestamps.toIso(value, isoTimestamp));
                } else {
                    json.writeUTF8String(value, 0, value.length);
                }
            }
            json.writeEndArray();
            json.writeRaw('\n');
            written++;
        }
    }
}
