package org.contactexport.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.contactexport.criteria.TestCatalogue.json;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The examples of docs/criteria.md read as the criteria they describe. */
class DocumentedExamplesTest {

    private final CriteriaParser parser = TestCatalogue.parser();

    @Test
    void contactsInFranceAreOneTextEquality() {
        // given
        String document = json("{'field': 'custom.country', 'op': 'equals', 'value': 'FR'}");

        // when
        Criterion criterion = parser.parse(document);

        // then
        assertThat(criterion).isEqualTo(
                new FieldCondition("custom.country", "text", Operator.EQUALS, List.of("FR")));
    }

    @Test
    void validOptedInAddressesOfTheLastThirtyDaysCombineAStatusABooleanAndADayCount() {
        // given
        String document = json("{'all': [{'field': 'email_status', 'op': 'equals', "
                + "'value': 'valid'}, {'field': 'email_optin', 'op': 'equals', 'value': true},"
                + " {'field': 'created_at', 'op': 'within_last_days', 'value': 30}]}");

        // when
        Criterion criterion = parser.parse(document);

        // then
        assertThat(criterion).isEqualTo(new AllOf(List.of(
                new FieldCondition("email_status", "email_status", Operator.EQUALS,
                        List.of("valid")),
                new FieldCondition("email_optin", "boolean", Operator.EQUALS, List.of("true")),
                new FieldCondition("created_at", "timestamp", Operator.WITHIN_LAST_DAYS,
                        List.of("30")))));
    }

    @Test
    void webFormContactsWhoReceivedAnEmailingCombineAFieldAndAnActivity() {
        // given
        String document = json("{'all': [{'field': 'origin', 'op': 'equals', "
                + "'value': 'web_form'}, {'activity': {'result': 'delivered', "
                + "'channel': 'email'}}]}");

        // when
        Criterion criterion = parser.parse(document);

        // then
        assertThat(criterion).isEqualTo(new AllOf(List.of(
                new FieldCondition("origin", "text", Operator.EQUALS, List.of("web_form")),
                new ActivityCondition("delivered", null, "email", null, null, null, null))));
    }

    @Test
    void deliveredButNotOpenedNegatesAnActivityOfTheSameCampaign() {
        // given
        String document = json("{'all': [{'activity': {'result': 'delivered', "
                + "'campaign': 'nl-2026-11'}}, {'not': {'activity': {'result': 'opened', "
                + "'campaign': 'nl-2026-11'}}}]}");

        // when
        Criterion criterion = parser.parse(document);

        // then
        assertThat(criterion).isEqualTo(new AllOf(List.of(
                new ActivityCondition("delivered", "nl-2026-11", null, null, null, null, null),
                new Not(new ActivityCondition("opened", "nl-2026-11", null, null, null, null,
                        null)))));
    }

    @Test
    void companiesStartingWithCafeOrNoCompanyInLyonNestAnyOverAll() {
        // given
        String document = json("{'any': [{'field': 'company', 'op': 'starts_with', "
                + "'value': 'café'}, {'all': [{'field': 'company', 'op': 'empty'}, "
                + "{'field': 'custom.city', 'op': 'in', 'values': ['Lyon', 'Villeurbanne']}]}]}");

        // when
        Criterion criterion = parser.parse(document);

        // then
        assertThat(criterion).isEqualTo(new AnyOf(List.of(
                new FieldCondition("company", "text", Operator.STARTS_WITH, List.of("café")),
                new AllOf(List.of(
                        new FieldCondition("company", "text", Operator.EMPTY, List.of()),
                        new FieldCondition("custom.city", "text", Operator.IN,
                                List.of("Lyon", "Villeurbanne")))))));
    }

    @Test
    void theActivityExampleReadsEveryPart() {
        // given
        String document = json("{'activity': {'result': 'bounced', 'campaign': 'nl-2026-11', "
                + "'channel': 'email', 'bounceCategory': 'unknown_user', "
                + "'after': '2026-11-01', 'before': '2026-12-01', 'withinLastDays': 30}}");

        // when
        Criterion criterion = parser.parse(document);

        // then
        assertThat(criterion).isEqualTo(new ActivityCondition("bounced", "nl-2026-11", "email",
                "unknown_user", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1), 30));
    }

    @Test
    void theRefusalExampleGivesThePathTheMessageAndTheAllowedOperators() {
        // given
        String document = json("{'all': [{'field': 'email', 'op': 'contains', 'value': '@'},"
                + " {'field': 'created_at', 'op': 'contains', 'value': '2026'}]}");

        // when
        InvalidCriteriaException refusal = catchThrowableOfType(
                InvalidCriteriaException.class, () -> parser.parse(document));

        // then
        assertThat(refusal.getMessage()).isEqualTo("The criteria have 1 fault; each error gives"
                + " its path and what is allowed there");
        assertThat(refusal.faults()).containsExactly(new CriteriaFault("$.all[1].op",
                "operator \"contains\" does not apply to field \"created_at\" of type timestamp",
                List.of("before", "after", "within_last_days", "empty", "not_empty")));
    }
}
