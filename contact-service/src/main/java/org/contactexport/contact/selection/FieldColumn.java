package org.contactexport.contact.selection;

import java.util.List;
import org.contactexport.contact.field.FieldType;
import org.contactexport.contact.field.StandardField;

/**
 * A field as SQL reads it: a column of {@code contacts}, or a custom field whose name is a
 * parameter each time the field's value is read.
 */
record FieldColumn(String standardColumn, String customName, FieldType type) {

    private static final String CUSTOM_TEXT = "(c.custom_fields ->> ?)";
    private static final String CUSTOM_NUMBER = "contact_custom_number(c.custom_fields, ?)";
    private static final String CUSTOM_DATE = "contact_custom_date(c.custom_fields, ?)";

    static FieldColumn standard(StandardField field) {
        return new FieldColumn("c." + field.column(), null, field.type());
    }

    static FieldColumn custom(String name, FieldType type) {
        return new FieldColumn(null, name, type);
    }

    boolean isCustom() {
        return customName != null;
    }

    /** The field's raw value, NULL when the contact has none. */
    String present(List<Object> parameters) {
        if (!isCustom()) {
            return standardColumn;
        }
        parameters.add(customName);
        return CUSTOM_TEXT;
    }

    /** The field's value typed for comparison, NULL when absent or not of its type. */
    String value(List<Object> parameters) {
        if (!isCustom()) {
            return standardColumn;
        }
        parameters.add(customName);
        return switch (type) {
            case NUMBER -> CUSTOM_NUMBER;
            case DATE -> CUSTOM_DATE;
            default -> CUSTOM_TEXT;
        };
    }

    /** A comparison made two-valued: false, never NULL, for a contact without a value. */
    String known(String comparison, Object value, List<Object> parameters) {
        parameters.add(value);
        return isCustom()
                ? "coalesce(" + comparison + ", false)"
                : "(" + standardColumn + " IS NOT NULL AND " + comparison + ")";
    }
}
