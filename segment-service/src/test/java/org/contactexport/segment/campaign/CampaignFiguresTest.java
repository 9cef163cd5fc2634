package org.contactexport.segment.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contactexport.criteria.CriteriaJson;
import org.contactexport.segment.InvalidRequest;
import org.junit.jupiter.api.Test;

class CampaignFiguresTest {

    private static final String C = "nl-2026-11";

    @Test
    void eachResultOfACampaignMapsToItsReferenceLabelAndCriteria() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("sent", simple("sent", "destinataires"));
        expected.put("delivered", simple("delivered", "délivrés"));
        expected.put("opened", simple("opened", "ouvreurs"));
        expected.put("not_opened", "nl-2026-11/not_opened | non-ouvreurs | "
                + "{\"all\":[{\"activity\":{\"result\":\"delivered\",\"campaign\":\"nl-2026-11\"}},"
                + "{\"not\":{\"activity\":{\"result\":\"opened\",\"campaign\":\"nl-2026-11\"}}}]}");
        expected.put("clicked", simple("clicked", "cliqueurs"));
        expected.put("bounced", simple("bounced", "NPAI"));
        expected.put("unsubscribed", simple("unsubscribed", "désinscrits"));
        expected.put("complained", simple("complained", "plaintes pour spam"));
        expected.put("converted", simple("converted", "convertis"));

        Map<String, String> actual = new LinkedHashMap<>();
        CampaignFigures.results().forEach(result -> actual.put(result,
                shown(CampaignFigures.of(C, result, null))));

        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void bouncedNarrowedToACategoryAddsTheCategory() {
        CampaignFigure figure = CampaignFigures.of(C, "bounced", "unknown_user");

        assertThat(shown(figure)).isEqualTo("nl-2026-11/bounced/unknown_user | NPAI (Inconnu) | "
                + "{\"activity\":{\"result\":\"bounced\",\"campaign\":\"nl-2026-11\","
                + "\"bounceCategory\":\"unknown_user\"}}");
        assertThat(figure.nameFor("Newsletter novembre"))
                .isEqualTo("Newsletter novembre — NPAI (Inconnu)");
    }

    @Test
    void everyBounceCategoryIsAccepted() {
        assertThat(CampaignFigures.bounceCategories().stream()
                .map(category -> CampaignFigures.of(C, "bounced", category).label())
                .toList())
                .containsExactly("NPAI (Absent)", "NPAI (Inconnu)", "NPAI (Mauvais alias)",
                        "NPAI (Mauvais domaine)", "NPAI (Rejeté)", "NPAI (Soft)");
    }

    @Test
    void anUnknownResultIsRefusedWithTheResultsAllowed() {
        assertThatThrownBy(() -> CampaignFigures.of(C, "read", null))
                .isInstanceOf(InvalidRequest.class)
                .hasMessage("result must be one of sent, delivered, opened, not_opened, clicked,"
                        + " bounced, unsubscribed, complained, converted, not \"read\"")
                .extracting(e -> ((InvalidRequest) e).allowed())
                .isEqualTo(List.of("sent", "delivered", "opened", "not_opened", "clicked",
                        "bounced", "unsubscribed", "complained", "converted"));
    }

    @Test
    void aBounceCategoryIsRefusedWhenUnknownOrWithAnotherResult() {
        assertThatThrownBy(() -> CampaignFigures.of(C, "bounced", "gone"))
                .hasMessage("bounceCategory must be one of absent, unknown_user, bad_alias,"
                        + " bad_domain, rejected, soft, not \"gone\"");
        assertThatThrownBy(() -> CampaignFigures.of(C, "opened", "soft"))
                .hasMessage("bounceCategory only narrows the result bounced; leave it out for"
                        + " opened");
        assertThatThrownBy(() -> CampaignFigures.of(" ", "opened", null))
                .hasMessage("campaign is required: a campaign id such as nl-2026-11");
    }

    private static String simple(String result, String label) {
        return "nl-2026-11/" + result + " | " + label + " | {\"activity\":{\"result\":\""
                + result + "\",\"campaign\":\"nl-2026-11\"}}";
    }

    private static String shown(CampaignFigure figure) {
        return figure.reference() + " | " + figure.label() + " | "
                + CriteriaJson.write(figure.criteria());
    }
}
