package org.contactexport.contact.field;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One field of an account's catalogue, as the API shows it.
 *
 * @param key     the stable key: a standard key such as {@code email}, or {@code custom.NAME}
 * @param labelFr the French label, the column header of a French spreadsheet export
 * @param labelEn the English label
 * @param type    how values are checked and stored
 * @param main    whether the field is one of the 12 main fields
 */
public record FieldDefinition(String key, String labelFr, String labelEn, FieldType type,
        boolean main) {

    /** The prefix of the keys of custom fields. */
    public static final String CUSTOM_PREFIX = "custom.";

    @JsonIgnore
    public boolean isCustom() {
        return key.startsWith(CUSTOM_PREFIX);
    }

    /** The custom field's name, the part of the key after {@code custom.}. */
    @JsonIgnore
    public String customName() {
        if (!isCustom()) {
            throw new IllegalStateException(key + " is not a custom field");
        }
        return key.substring(CUSTOM_PREFIX.length());
    }
}
