package org.contactexport.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contactexport.criteria.TestCatalogue.fault;
import static org.contactexport.criteria.TestCatalogue.faultsOf;
import static org.contactexport.criteria.TestCatalogue.json;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code {"activity": {…}}}: a required result and optional parts that narrow it. */
class ActivityConditionsTest {

    private static final List<String> PARTS = List.of("result", "campaign", "channel",
            "bounceCategory", "after", "before", "withinLastDays");

    private final CriteriaParser parser = TestCatalogue.parser();

    static List<String> results() {
        return Vocabularies.ACTIVITY_RESULTS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void everyResultStandsAlone(String result) {
        // given
        String document = json("{'activity': {'result': '" + result + "'}}");

        // when
        Criterion criterion = parser.parse(document);

        // then
        assertThat(criterion).isEqualTo(
                new ActivityCondition(result, null, null, null, null, null, null));
    }

    @Test
    void optionalPartsWrittenAsNullAreLeftOut() {
        // given
        String document = json("{'activity': {'result': 'clicked', 'campaign': null,"
                + " 'channel': 'sms', 'bounceCategory': null, 'after': null, 'before': null,"
                + " 'withinLastDays': null}}");

        // when
        Criterion criterion = parser.parse(document);

        // then
        assertThat(criterion).isEqualTo(
                new ActivityCondition("clicked", null, "sms", null, null, null, null));
    }

    @Test
    void daysAndDayCountAreRead() {
        // given
        String document = json("{'activity': {'result': 'converted', 'after': '2026-01-31',"
                + " 'before': '2026-03-01', 'withinLastDays': 3650}}");

        // when
        Criterion criterion = parser.parse(document);

        // then
        assertThat(criterion).isEqualTo(new ActivityCondition("converted", null, null, null,
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 1), 3650));
    }

    @Test
    void anEmptyPeriodIsRefusedAtItsEnd() {
        // given
        String document = json("{'activity': {'result': 'opened', 'after': '2026-03-01',"
                + " 'before': '2026-03-01'}}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(new CriteriaFault("$.activity.before",
                "the period is empty: \"before\" (2026-03-01) must be a later day than"
                        + " \"after\" (2026-03-01)", List.of()));
    }

    @Test
    void aMissingResultListsTheResults() {
        // given
        String document = json("{'activity': {'campaign': 'nl-2026-11'}}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(new CriteriaFault("$.activity.result",
                "missing member \"result\"", Vocabularies.ACTIVITY_RESULTS));
    }

    @Test
    void eachWrongPartIsReportedAtItsPath() {
        // given
        String document = json("{'activity': {'result': 'opens', 'campaign': '',"
                + " 'channel': 'push', 'after': '2026-13-01', 'before': 20261201,"
                + " 'withinLastDays': 0, 'campain': 'x'}}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(
                new CriteriaFault("$.activity.campain", "unknown member \"campain\"", PARTS),
                new CriteriaFault("$.activity.result", "\"opens\" is not a result",
                        Vocabularies.ACTIVITY_RESULTS),
                fault("$.activity.campaign",
                        "a campaign id has 1 to 500 characters; this one has 0"),
                fault("$.activity.channel", "\"push\" is not a channel", "email", "sms"),
                fault("$.activity.after",
                        "a day is written YYYY-MM-DD, e.g. 2026-11-01; got \"2026-13-01\""),
                fault("$.activity.before", "a day is a JSON string YYYY-MM-DD, not a number"),
                fault("$.activity.withinLastDays",
                        "a number of days is an integer from 1 to 3650; got 0"));
    }

    @Test
    void aBounceCategoryNarrowsBouncesOnly() {
        // given
        String bounced = json("{'activity': {'result': 'bounced',"
                + " 'bounceCategory': 'bad_domain'}}");
        String opened = json("{'activity': {'result': 'opened', 'bounceCategory': 'soft'}}");
        String unknown = json("{'activity': {'result': 'bounced', 'bounceCategory': 'hard'}}");

        // when
        Criterion criterion = parser.parse(bounced);
        List<CriteriaFault> ofOpened = faultsOf(opened);
        List<CriteriaFault> ofUnknown = faultsOf(unknown);

        // then
        assertThat(criterion).isEqualTo(
                new ActivityCondition("bounced", null, null, "bad_domain", null, null, null));
        assertThat(ofOpened).containsExactly(fault("$.activity.bounceCategory",
                "\"bounceCategory\" applies only to the result \"bounced\", not to \"opened\""));
        assertThat(ofUnknown).containsExactly(new CriteriaFault("$.activity.bounceCategory",
                "\"hard\" is not a bounce category", Vocabularies.BOUNCE_CATEGORIES));
    }

    @Test
    void activityIsAnObjectAndStandsAlone() {
        // given
        String document = json("{'all': [{'activity': 'opened'},"
                + " {'activity': {'result': 'sent'}, 'campaign': 'nl'}]}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(
                new CriteriaFault("$.all[0].activity", "\"activity\" is a JSON object with a"
                        + " \"result\" and optional parts, not a string", PARTS),
                fault("$.all[1].campaign", "unknown member \"campaign\"", "activity"));
    }

    @Test
    void aCampaignIdIsKeptAsGiven() {
        // given
        String document = json("{'not': {'activity': {'result': 'opened',"
                + " 'campaign': 'Soldes d’été / 2026'}}}");

        // when
        Criterion criterion = parser.parse(document);

        // then
        assertThat(criterion).isEqualTo(new Not(new ActivityCondition("opened",
                "Soldes d’été / 2026", null, null, null, null, null)));
    }
}
