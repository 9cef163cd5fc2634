package org.contactexport.contact.importing;

/**
 * Why one row of an imported file was not loaded.
 *
 * @param line    the row's number as a spreadsheet shows it: the header row is line 1
 * @param field   the key of the column at fault, or null when the row as a whole is
 * @param message what is wrong, in words a person can act on
 */
public record RowError(long line, String field, String message) {
}
