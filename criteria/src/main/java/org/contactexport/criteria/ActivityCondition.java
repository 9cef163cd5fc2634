package org.contactexport.criteria;

import java.time.LocalDate;

/**
 * Matches a contact with at least one campaign result matching every given part, e.g. JSON
 * {@code {"activity": {"result": "opened", "campaign": "nl-2026-11"}}}. Absent parts (null)
 * match anything.
 *
 * @param result         {@code sent}, {@code delivered}, {@code opened}, {@code clicked},
 *                       {@code bounced}, {@code unsubscribed}, {@code complained} or
 *                       {@code converted}; required
 * @param campaign       the campaign's id
 * @param channel        {@code email} or {@code sms}
 * @param bounceCategory for {@code bounced} only: a bounce category key
 * @param after          the result happened on this day or later (platform time zone)
 * @param before         the result happened before this day (platform time zone)
 * @param withinLastDays the result happened in the last N days
 */
public record ActivityCondition(String result, String campaign, String channel,
        String bounceCategory, LocalDate after, LocalDate before, Integer withinLastDays)
        implements Criterion {
}
