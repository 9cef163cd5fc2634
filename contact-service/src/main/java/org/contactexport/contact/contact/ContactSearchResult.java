package org.contactexport.contact.contact;

import java.util.List;
import java.util.Map;

/**
 * The first page of a search.
 *
 * @param count    how many contacts match
 * @param contacts the first ones in id order: id and the fields a search list shows, in
 *                 stored form
 */
public record ContactSearchResult(long count, List<Map<String, Object>> contacts) {
}
