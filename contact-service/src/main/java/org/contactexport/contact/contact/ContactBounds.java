package org.contactexport.contact.contact;

/**
 * How many contacts a selection holds and the range of their ids.
 *
 * @param count how many contacts
 * @param minId the smallest id, null when there is no contact
 * @param maxId the largest id, null when there is no contact
 */
public record ContactBounds(long count, Long minId, Long maxId) {
}
