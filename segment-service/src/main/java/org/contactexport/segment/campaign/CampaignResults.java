package org.contactexport.segment.campaign;

import org.contactexport.segment.Echo;
import org.contactexport.segment.NotFound;
import org.contactexport.segment.contacts.Campaign;
import org.contactexport.segment.contacts.ContactService;
import org.springframework.stereotype.Component;

/** A figure of one of the account's campaigns, checked to exist, with the name it goes by. */
@Component
public class CampaignResults {

    private final ContactService contacts;

    CampaignResults(ContactService contacts) {
        this.contacts = contacts;
    }

    /**
     * @throws org.contactexport.segment.InvalidRequest for a result or category that is not one
     * @throws NotFound when the account has no such campaign
     */
    public NamedFigure find(String accountId, String campaignId, String result,
            String bounceCategory) {
        CampaignFigure figure = CampaignFigures.of(campaignId, result, bounceCategory);

        Campaign campaign = contacts.campaign(accountId, campaignId)
                .orElseThrow(() -> new NotFound("No campaign " + Echo.shown(campaignId)
                        + " in this account"));
        return new NamedFigure(figure.reference(), figure.nameFor(campaign.name()),
                figure.criteria());
    }
}
