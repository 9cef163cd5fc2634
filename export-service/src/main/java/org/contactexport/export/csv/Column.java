package org.contactexport.export.csv;

/**
 * One column of an export file: a catalogue field.
 *
 * @param key     the stable catalogue key, e.g. {@code email} or {@code custom.notes}
 * @param type    how its values are shown by the spreadsheet dialect
 * @param labelFr the French label of the header
 * @param labelEn the English label of the header
 */
public record Column(String key, FieldType type, String labelFr, String labelEn) {
}
