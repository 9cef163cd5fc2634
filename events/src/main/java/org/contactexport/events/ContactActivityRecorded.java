package org.contactexport.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What happened to one contact in one campaign, as the sending platform reports it. Keyed by
 * the contact id.
 *
 * @param eventId      unique per fact, so that a redelivery records nothing twice
 * @param campaignName the campaign's name, recorded with the campaign on its first event
 * @param channel      {@code email} or {@code sms}
 * @param result       {@code sent}, {@code delivered}, {@code opened}, {@code clicked},
 *                     {@code bounced}, {@code unsubscribed}, {@code complained} or
 *                     {@code converted}
 * @param bounceCategory for {@code bounced}: a bounce category key; null otherwise
 * @param bounceDetail for {@code bounced}: the receiving server's message; null otherwise
 */
public record ContactActivityRecorded(
        int version,
        UUID eventId,
        String accountId,
        long contactId,
        String campaignId,
        String campaignName,
        String channel,
        String result,
        String bounceCategory,
        String bounceDetail,
        Instant occurredAt) {

    public static final int VERSION = 1;
}
