package org.contactexport.export.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class SourceQueryTest {

    @Test
    void aSegmentOrSearchReferenceIsItsId() {
        SourceQuery query = SourceQuery.fromReference("SEARCH", "5f0c6a52");

        assertThat(query).isEqualTo(new SourceQuery("SEARCH", "5f0c6a52", null, null, null));
        assertThat(query.body()).containsExactly(
                entry("type", "SEARCH"),
                entry("id", "5f0c6a52"));
    }

    @Test
    void aCampaignResultReferenceNamesTheCampaignTheResultAndMaybeTheBounceCategory() {
        SourceQuery opened = SourceQuery.fromReference("CAMPAIGN_RESULT", "nl-2026-11/opened");
        SourceQuery bounced = SourceQuery.fromReference("CAMPAIGN_RESULT",
                "nl-2026-11/bounced/unknown_user");

        assertThat(opened).isEqualTo(SourceQuery.campaignResult("nl-2026-11", "opened", null));
        assertThat(bounced).isEqualTo(
                SourceQuery.campaignResult("nl-2026-11", "bounced", "unknown_user"));
        assertThat(opened.reference()).isEqualTo("nl-2026-11/opened");
        assertThat(bounced.reference()).isEqualTo("nl-2026-11/bounced/unknown_user");
    }

    @Test
    void aCampaignResultReferenceOfAnotherShapeIsRefused() {
        assertThatThrownBy(() -> SourceQuery.fromReference("CAMPAIGN_RESULT", "nl-2026-11"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A campaign result reference is <campaign>/<result>"
                        + " or <campaign>/bounced/<category>");
    }
}
