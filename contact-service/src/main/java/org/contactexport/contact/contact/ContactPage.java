package org.contactexport.contact.contact;

import java.util.List;
import java.util.Map;

/**
 * One page of an account's contacts, oldest first.
 *
 * @param page          the page number, from 0
 * @param size          the page size asked for
 * @param totalElements how many contacts the account has
 * @param totalPages    how many pages of this size
 * @param contacts      each contact's id and every catalogue field by key, in stored form
 */
public record ContactPage(int page, int size, long totalElements, long totalPages,
        List<Map<String, Object>> contacts) {
}
