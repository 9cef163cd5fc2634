package org.contactexport.segment.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contactexport.criteria.ActivityCondition;
import org.contactexport.criteria.AllOf;
import org.contactexport.criteria.Criterion;
import org.contactexport.criteria.Not;
import org.contactexport.segment.Echo;
import org.contactexport.segment.InvalidRequest;

/**
 * The one place that says which contacts stand behind each figure of a campaign's report:
 * {@code opened} is an activity "opened" in the campaign, {@code not_opened} is "delivered and
 * not opened", {@code bounced} may be narrowed to one bounce category, and so on.
 */
public final class CampaignFigures {

    /** The figures a report shows, with their French labels, in the report's order. */
    private static final Map<String, String> RESULTS = ordered(
            "sent", "destinataires",
            "delivered", "délivrés",
            "opened", "ouvreurs",
            "not_opened", "non-ouvreurs",
            "clicked", "cliqueurs",
            "bounced", "NPAI",
            "unsubscribed", "désinscrits",
            "complained", "plaintes pour spam",
            "converted", "convertis");

    /** Bounce categories (architecture.md) with their French labels. */
    private static final Map<String, String> BOUNCE_CATEGORIES = ordered(
            "absent", "Absent",
            "unknown_user", "Inconnu",
            "bad_alias", "Mauvais alias",
            "bad_domain", "Mauvais domaine",
            "rejected", "Rejeté",
            "soft", "Soft");

    private CampaignFigures() {
    }

    public static List<String> results() {
        return List.copyOf(RESULTS.keySet());
    }

    public static List<String> bounceCategories() {
        return List.copyOf(BOUNCE_CATEGORIES.keySet());
    }

    /**
     * The figure {@code result} of the campaign, narrowed to a bounce category when one is
     * given (bounced only).
     *
     * @throws InvalidRequest for a missing campaign, an unknown result or category, or a
     *                        category given with another result than bounced
     */
    public static CampaignFigure of(String campaign, String result, String bounceCategory) {
        check(campaign, result, bounceCategory);

        if (bounceCategory != null) {
            return new CampaignFigure(campaign + "/bounced/" + bounceCategory,
                    "NPAI (" + BOUNCE_CATEGORIES.get(bounceCategory) + ")",
                    activity("bounced", campaign, bounceCategory));
        }
        return new CampaignFigure(campaign + "/" + result, RESULTS.get(result),
                criteria(campaign, result));
    }

    private static Criterion criteria(String campaign, String result) {
        if (result.equals("not_opened")) {
            return new AllOf(List.of(activity("delivered", campaign, null),
                    new Not(activity("opened", campaign, null))));
        }
        return activity(result, campaign, null);
    }

    private static ActivityCondition activity(String result, String campaign,
            String bounceCategory) {
        return new ActivityCondition(result, campaign, null, bounceCategory, null, null, null);
    }

    private static void check(String campaign, String result, String bounceCategory) {
        if (campaign == null || campaign.isBlank()) {
            throw new InvalidRequest("campaign is required: a campaign id such as nl-2026-11");
        }
        if (result == null || !RESULTS.containsKey(result)) {
            throw new InvalidRequest("result must be one of " + String.join(", ", results())
                    + (result == null ? "" : ", not \"" + Echo.shown(result) + "\""), results());
        }
        if (bounceCategory == null) {
            return;
        }
        if (!result.equals("bounced")) {
            throw new InvalidRequest("bounceCategory only narrows the result bounced;"
                    + " leave it out for " + result, List.of("bounced"));
        }
        if (!BOUNCE_CATEGORIES.containsKey(bounceCategory)) {
            throw new InvalidRequest("bounceCategory must be one of "
                    + String.join(", ", bounceCategories()) + ", not \""
                    + Echo.shown(bounceCategory) + "\"", bounceCategories());
        }
    }

    private static Map<String, String> ordered(String... keysAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            map.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return map;
    }
}
