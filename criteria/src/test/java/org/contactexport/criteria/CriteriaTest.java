package org.contactexport.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contactexport.criteria.TestCatalogue.json;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The fields and campaigns a criterion depends on, e.g. to check them before an export. */
class CriteriaTest {

    private final CriteriaParser parser = TestCatalogue.parser();

    @Test
    void fieldsAreListedOnceInDocumentOrder() {
        // given
        Criterion criterion = parser.parse(json("{'any': [{'field': 'custom.city', 'op':"
                + " 'empty'}, {'not': {'all': [{'field': 'email', 'op': 'not_empty'},"
                + " {'activity': {'result': 'sent'}}, {'field': 'custom.city', 'op': 'equals',"
                + " 'value': 'Lyon'}]}}, {'field': 'created_at', 'op': 'after',"
                + " 'value': '2026-01-01'}]}"));

        // when
        Set<String> fields = Criteria.fields(criterion);

        // then
        assertThat(fields).containsExactly("custom.city", "email", "created_at");
    }

    @Test
    void campaignsAreTheNamedOnesOnly() {
        // given
        Criterion criterion = parser.parse(json("{'all': [{'activity': {'result':"
                + " 'delivered', 'campaign': 'nl-2026-11'}}, {'not': {'activity': {'result':"
                + " 'opened', 'campaign': 'nl-2026-11'}}}, {'activity': {'result': 'clicked'}},"
                + " {'activity': {'result': 'sent', 'campaign': 'promo-noel'}}]}"));

        // when
        Set<String> campaigns = Criteria.campaigns(criterion);

        // then
        assertThat(campaigns).containsExactly("nl-2026-11", "promo-noel");
    }

    @Test
    void aCriterionWithoutFieldsOrCampaignsHasNone() {
        // given
        Criterion criterion = new ActivityCondition("sent", null, null, null, null, null, null);

        // when
        Set<String> fields = Criteria.fields(criterion);
        Set<String> campaigns = Criteria.campaigns(criterion);

        // then
        assertThat(fields).isEmpty();
        assertThat(campaigns).isEmpty();
    }

    @Test
    void aCriterionBuiltByHandMayNestDeeperThanTheStack() {
        // given
        Criterion criterion = new FieldCondition("email", "email", Operator.EMPTY, List.of());
        for (int i = 0; i < 100_000; i++) {
            criterion = new Not(criterion);
        }

        // when
        Set<String> fields = Criteria.fields(criterion);

        // then
        assertThat(fields).containsExactly("email");
    }
}
