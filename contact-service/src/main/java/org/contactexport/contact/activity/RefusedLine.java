package org.contactexport.contact.activity;

/**
 * A line of an activity upload that was not recorded.
 *
 * @param line   the line's number, the first being 1
 * @param reason what is wrong with it
 */
public record RefusedLine(long line, String reason) {
}
