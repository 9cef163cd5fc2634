package org.contactexport.segment.contacts;

import java.util.List;
import java.util.Objects;
import org.contactexport.criteria.Criteria;
import org.contactexport.criteria.CriteriaFault;
import org.contactexport.criteria.CriteriaJson;
import org.contactexport.criteria.CriteriaParser;
import org.contactexport.criteria.Criterion;
import org.contactexport.criteria.InvalidCriteriaException;
import org.contactexport.segment.InvalidRequest;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Checks a criteria document against the account's field catalogue (docs/criteria.md) and
 * gives its canonical form, which is what segments and searches store.
 */
@Component
public class CatalogueCriteria {

    private final ContactService contacts;

    CatalogueCriteria(ContactService contacts) {
        this.contacts = contacts;
    }

    /**
     * The canonical JSON text of the document.
     *
     * @throws org.contactexport.criteria.InvalidCriteriaException with each fault's path
     * @throws InvalidRequest when there is no document at all
     */
    public String canonical(String accountId, JsonNode document) {
        if (document == null || document.isNull() || document.isMissingNode()) {
            throw new InvalidRequest("criteria is required: a criteria document such as"
                    + " {\"field\":\"email_status\",\"op\":\"equals\",\"value\":\"valid\"}");
        }

        Criterion criterion = new CriteriaParser(contacts.fieldTypes(accountId)).parse(document);
        requireKnownCampaigns(accountId, document, criterion);
        return CriteriaJson.write(criterion);
    }

    /**
     * A campaign the account does not have matches nobody, so a segment on it would always be
     * empty; most likely its id is misspelt. Said now, as a campaign-result export would.
     */
    private void requireKnownCampaigns(String accountId, JsonNode document,
            Criterion criterion) {
        List<CriteriaFault> faults = Criteria.campaigns(criterion).stream()
                .filter(campaign -> contacts.campaign(accountId, campaign).isEmpty())
                .map(campaign -> new CriteriaFault(
                        Objects.requireNonNullElse(pathOf(document, "$", campaign), "$"),
                        "campaign \"" + campaign + "\" is not a campaign of this account; the"
                        + " campaign ids are listed by GET /api/v1/campaigns of contact-service",
                        List.of()))
                .toList();
        if (!faults.isEmpty()) {
            throw new InvalidCriteriaException(faults, false);
        }
    }

    /**
     * Where the document first names the campaign, e.g. {@code $.all[1].activity.campaign}.
     * The parser accepted the document, so it nests at most a few levels.
     */
    private static String pathOf(JsonNode node, String path, String campaign) {
        JsonNode activity = node.path("activity");
        if (campaign.equals(activity.path("campaign").asString(null))) {
            return path + ".activity.campaign";
        }
        for (String kind : List.of("all", "any")) {
            JsonNode criteria = node.path(kind);
            for (int i = 0; i < criteria.size(); i++) {
                String found = pathOf(criteria.get(i), path + "." + kind + "[" + i + "]",
                        campaign);
                if (found != null) {
                    return found;
                }
            }
        }
        return node.has("not") ? pathOf(node.get("not"), path + ".not", campaign) : null;
    }
}
