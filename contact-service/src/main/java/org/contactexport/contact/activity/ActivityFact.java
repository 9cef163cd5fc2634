package org.contactexport.contact.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.contactexport.contact.field.FieldType;

/**
 * One checked campaign result of one contact, ready to be recorded.
 *
 * @param eventId        unique per fact: recording it twice records it once
 * @param accountId      the account of the contact and the campaign
 * @param contactId      the contact's id in that account
 * @param campaignId     the campaign's id as the sending platform names it
 * @param campaignName   the campaign's name, or null
 * @param channel        {@code email} or {@code sms}
 * @param result         one of {@link #RESULTS}
 * @param bounceCategory a bounce category key, only for {@code bounced}; or null
 * @param bounceDetail   the receiving server's message, only for {@code bounced}; or null
 * @param occurredAt     when it happened
 */
record ActivityFact(UUID eventId, String accountId, long contactId, String campaignId,
        String campaignName, String channel, String result, String bounceCategory,
        String bounceDetail, Instant occurredAt) {

    static final List<String> RESULTS = List.of("sent", "delivered", "opened", "clicked",
            "bounced", "unsubscribed", "complained", "converted");
    static final List<String> CHANNELS = List.of("email", "sms");

    /** Campaign references are {@code <campaign>/<result>}: a slash would make them ambiguous. */
    private static final Pattern CAMPAIGN_ID = Pattern.compile("[^/\\p{Cntrl}]{1,200}");
    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_DETAIL_LENGTH = 2000;

    /** Checks every part, throwing {@link InvalidActivityException} for the first fault. */
    ActivityFact {
        require(eventId != null, "eventId is required: a UUID unique per fact");
        require(accountId != null && !accountId.isBlank(), "accountId is required");
        require(contactId > 0, "contactId must be a contact id, a positive whole number");
        require(campaignId != null && CAMPAIGN_ID.matcher(campaignId).matches(),
                "campaignId must be 1 to 200 characters without '/' or control characters");
        require(campaignName == null || campaignName.length() <= MAX_NAME_LENGTH,
                "campaignName has at most " + MAX_NAME_LENGTH + " characters");
        require(CHANNELS.contains(channel), "channel must be one of " + String.join(", ",
                CHANNELS));
        require(RESULTS.contains(result), "result must be one of " + String.join(", ",
                RESULTS));
        require(bounceCategory == null || "bounced".equals(result),
                "bounceCategory is only for the result bounced");
        require(bounceCategory == null
                        || FieldType.BOUNCE_CATEGORY.vocabulary().contains(bounceCategory),
                "bounceCategory must be one of "
                        + String.join(", ", FieldType.BOUNCE_CATEGORY.vocabulary()));
        require(bounceDetail == null || "bounced".equals(result),
                "bounceDetail is only for the result bounced");
        require(bounceDetail == null || bounceDetail.length() <= MAX_DETAIL_LENGTH,
                "bounceDetail has at most " + MAX_DETAIL_LENGTH + " characters");
        require(occurredAt != null, "occurredAt is required: an ISO-8601 instant such as "
                + "2026-11-05T09:30:00Z");
    }

    private static void require(boolean check, String fault) {
        if (!check) {
            throw new InvalidActivityException(fault);
        }
    }
}
