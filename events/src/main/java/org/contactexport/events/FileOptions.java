package org.contactexport.events;

/**
 * How the CSV file is written.
 *
 * @param dialect   {@code spreadsheet} or {@code data}
 * @param delimiter one character, e.g. ";" or ","
 * @param bom       whether the file starts with a UTF-8 byte order mark
 * @param header    {@code labels_fr}, {@code labels_en}, {@code keys} or {@code none}
 * @param timeZone  IANA zone in which the spreadsheet dialect shows dates
 */
public record FileOptions(
        String dialect, String delimiter, boolean bom, String header, String timeZone) {
}
