package org.contactexport.segment.segment;

import org.contactexport.criteria.Criterion;

/**
 * A built-in segment, the same for every account; it cannot be edited or deleted.
 *
 * @param id       a stable id such as {@code most-active-emails}
 * @param name     the French name people see
 * @param nameEn   the English name
 * @param criteria which contacts it holds
 */
public record DefaultSegment(String id, String name, String nameEn, Criterion criteria) {
}
