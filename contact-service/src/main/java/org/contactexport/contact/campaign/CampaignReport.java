package org.contactexport.contact.campaign;

import java.util.Map;

/**
 * How many distinct contacts of a campaign had each result.
 *
 * @param campaign       the campaign
 * @param contacts       contacts per result: every result of the vocabulary (0 when none),
 *                       then {@code not_opened}, the contacts delivered but not opened
 * @param bouncedByCategory bounced contacts per bounce category: every category (0 when
 *                       none), then {@code none} for bounces without a category
 */
public record CampaignReport(Campaign campaign, Map<String, Long> contacts,
        Map<String, Long> bouncedByCategory) {
}
