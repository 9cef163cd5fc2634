package org.contactexport.contact.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.contactexport.contact.field.FieldCatalogue;
import org.contactexport.contact.field.FieldDefinition;
import org.contactexport.contact.field.FieldType;
import org.contactexport.contact.field.StandardField;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * How the columns of one file map to the columns of {@code contacts}: made from the header row,
 * which must name catalogue fields by key, then used to check each row and give its values in
 * stored form, in the order of {@link #copyColumns()}.
 */
final class ImportLayout {

    private static final String CUSTOM_FIELDS_COLUMN = "custom_fields";
    private static final JsonStringEncoder JSON = JsonStringEncoder.getInstance();
    private static final List<StandardField> TIMESTAMPS =
            List.of(StandardField.CREATED_AT, StandardField.UPDATED_AT);

    private final List<Column> columns;
    private final List<String> copyColumns;
    private final String[] defaults;
    private final int customSlot;
    private final StringBuilder customJson = new StringBuilder();

    private ImportLayout(List<Column> columns, List<String> copyColumns, String[] defaults,
            int customSlot) {
        this.columns = columns;
        this.copyColumns = copyColumns;
        this.defaults = defaults;
        this.customSlot = customSlot;
    }

    /**
     * The layout of a header row, or an {@link InvalidFileException} when a column is unknown,
     * named twice, or when neither an email nor a mobile column is there.
     *
     * @param importTime the stored value of created_at and updated_at when a row has none
     */
    static ImportLayout of(List<String> header, FieldCatalogue catalogue, String importTime) {
        List<FieldDefinition> fields = headerFields(header, catalogue);
        List<String> copyColumns = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (FieldDefinition field : fields) {
            int slot = field.isCustom() ? -1 : addAndIndex(copyColumns, column(field));
            columns.add(new Column(field, slot, isEmailOrMobile(field)));
        }
        for (StandardField timestamp : TIMESTAMPS) {
            if (!copyColumns.contains(timestamp.column())) {
                copyColumns.add(timestamp.column());
            }
        }
        int customSlot = fields.stream().anyMatch(FieldDefinition::isCustom)
                ? addAndIndex(copyColumns, CUSTOM_FIELDS_COLUMN) : -1;
        return new ImportLayout(List.copyOf(columns), List.copyOf(copyColumns),
                defaults(copyColumns, importTime), customSlot);
    }

    /** The columns of {@code contacts} that each row's values go to, account_id left out. */
    List<String> copyColumns() {
        return copyColumns;
    }

    /**
     * Checks a row and puts its stored values into {@code slots} (null for no value).
     *
     * @param line the row's number, the header row being line 1
     * @return what is wrong with the row; empty when it can be loaded
     */
    List<RowError> read(CSVRecord record, long line, String[] slots) {
        System.arraycopy(defaults, 0, slots, 0, defaults.length);
        customJson.setLength(0);
        List<RowError> errors = new ArrayList<>(0);
        boolean reachable = false;
        boolean reachabilityFailed = false;
        for (int c = 0; c < columns.size(); c++) {
            String value = c < record.size() ? record.get(c).strip() : "";
            if (value.isEmpty()) {
                continue;
            }
            Column column = columns.get(c);
            try {
                store(column, FieldValues.stored(column.field.type(), value), slots);
                reachable |= column.reachable;
            } catch (InvalidValueException e) {
                errors.add(new RowError(line, column.field.key(), e.getMessage()));
                reachabilityFailed |= column.reachable;
            }
        }
        checkNoExtraValues(record, line, errors);
        if (!reachable && !reachabilityFailed) {
            errors.add(new RowError(line, StandardField.EMAIL_ADDRESS.key(),
                    "A contact needs an email or a mobile; this row has neither"));
        }
        if (customJson.length() > 0) {
            slots[customSlot] = customJson.append('}').toString();
        }
        return errors;
    }

    private void store(Column column, String stored, String[] slots) {
        if (column.slot >= 0) {
            slots[column.slot] = stored;
            return;
        }
        customJson.append(customJson.length() == 0 ? '{' : ',')
                .append('"').append(column.field.customName()).append("\":");
        FieldType type = column.field.type();
        if (type == FieldType.NUMBER || type == FieldType.BOOLEAN) {
            customJson.append(stored);
        } else {
            customJson.append('"');
            JSON.quoteAsString(stored, customJson);
            customJson.append('"');
        }
    }

    private void checkNoExtraValues(CSVRecord record, long line, List<RowError> errors) {
        for (int c = columns.size(); c < record.size(); c++) {
            if (!record.get(c).isBlank()) {
                errors.add(new RowError(line, null, "The row has " + record.size()
                        + " values but the header row names " + columns.size() + " columns"));
                return;
            }
        }
    }

    private static List<FieldDefinition> headerFields(List<String> header,
            FieldCatalogue catalogue) {
        List<FieldDefinition> fields = new ArrayList<>(header.size());
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip();
            String key = name.toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                throw InvalidFileException.because("Column " + (c + 1)
                        + " of the header row has no name; name every column by field key");
            }
            FieldDefinition field = catalogue.find(key).orElseThrow(() ->
                    InvalidFileException.unknownColumn(name, catalogue.keys()));
            if (!seen.add(key)) {
                throw InvalidFileException.because(
                        "Column '" + key + "' appears twice in the header row");
            }
            fields.add(field);
        }
        if (!seen.contains(StandardField.EMAIL_ADDRESS.key())
                && !seen.contains(StandardField.MOBILE.key())) {
            throw InvalidFileException.because("The file needs an 'email' or a 'mobile' "
                    + "column: every contact needs one of them");
        }
        return fields;
    }

    private static String[] defaults(List<String> copyColumns, String importTime) {
        String[] defaults = new String[copyColumns.size()];
        for (int slot = 0; slot < defaults.length; slot++) {
            String column = copyColumns.get(slot);
            if (column.equals(StandardField.CREATED_AT.column())
                    || column.equals(StandardField.UPDATED_AT.column())) {
                defaults[slot] = importTime;
            } else if (column.equals(StandardField.DO_NOT_TRACK.column())) {
                defaults[slot] = "false";
            } else if (column.equals(CUSTOM_FIELDS_COLUMN)) {
                defaults[slot] = "{}";
            }
        }
        return defaults;
    }

    private static String column(FieldDefinition standardField) {
        return StandardField.byKey(standardField.key()).orElseThrow().column();
    }

    private static boolean isEmailOrMobile(FieldDefinition field) {
        return field.key().equals(StandardField.EMAIL_ADDRESS.key())
                || field.key().equals(StandardField.MOBILE.key());
    }

    private static int addAndIndex(List<String> list, String value) {
        list.add(value);
        return list.size() - 1;
    }

    /**
     * A column of the file.
     *
     * @param slot      its place among the copy columns, -1 for a custom field
     * @param reachable whether a value makes the contact reachable (email or mobile)
     */
    private record Column(FieldDefinition field, int slot, boolean reachable) {
    }
}
