package org.contactexport.segment.campaign;

import org.contactexport.criteria.Criterion;

/**
 * One figure of a campaign's report and the contacts behind it.
 *
 * @param reference {@code <campaign>/<result>} or {@code <campaign>/bounced/<category>}
 * @param label     how the figure reads after the campaign's name, e.g. {@code ouvreurs}
 * @param criteria  the contacts the figure counts
 */
public record CampaignFigure(String reference, String label, Criterion criteria) {

    /** The name of a search or export of this figure, e.g. "Newsletter novembre — ouvreurs". */
    public String nameFor(String campaignName) {
        return campaignName + " — " + label;
    }
}
