package org.contactexport.contact.contact;

import java.util.List;
import java.util.stream.Collectors;
import org.contactexport.contact.field.FieldCatalogues;
import org.contactexport.contact.field.FieldDefinition;
import org.contactexport.contact.field.FieldType;
import org.contactexport.contact.field.StandardField;

/**
 * The SQL that reads each field as text in its stored form: booleans {@code true}/{@code false},
 * numbers as plain decimals, custom values out of the jsonb column, and timestamps in
 * PostgreSQL's own output ({@code 2024-01-05 10:30:00+00} in a UTC session), which
 * {@link UtcTimestamps} turns into ISO-8601. Every column is text, so the driver never
 * switches one to binary transfer. Only catalogue fields come here: no raw input reaches SQL.
 */
final class ContactColumns {

    /** Run first in a read's transaction, so that timestamps come out in UTC. */
    static final String UTC_SESSION = "SET LOCAL TimeZone = 'UTC'";

    private ContactColumns() {
    }

    /** The select list {@code id, <field 1>, <field 2>, ...}. */
    static String selectList(List<FieldDefinition> fields) {
        return fields.stream().map(ContactColumns::select)
                .collect(Collectors.joining(", ", "id" + (fields.isEmpty() ? "" : ", "), ""));
    }

    static String select(FieldDefinition field) {
        if (field.isCustom()) {
            return customValue(field.customName());
        }
        StandardField standard = StandardField.byKey(field.key()).orElseThrow(
                () -> new IllegalArgumentException("Not a standard field: " + field.key()));
        String column = standard.column();
        return switch (standard.type()) {
            case BOOLEAN, ACTIVITY_LEVEL, NUMBER, TIMESTAMP -> column + "::text";
            default -> column;
        };
    }

    /** Which fields are timestamps, whose text {@link UtcTimestamps} must turn to ISO-8601. */
    static boolean[] timestamps(List<FieldDefinition> fields) {
        boolean[] timestamps = new boolean[fields.size()];
        for (int i = 0; i < timestamps.length; i++) {
            timestamps[i] = fields.get(i).type() == FieldType.TIMESTAMP;
        }
        return timestamps;
    }

    private static String customValue(String name) {
        if (!FieldCatalogues.CUSTOM_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a custom field name: " + name);
        }
        return "custom_fields->>'" + name + "'";
    }
}
