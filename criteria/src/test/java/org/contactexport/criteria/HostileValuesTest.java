package org.contactexport.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contactexport.criteria.TestCatalogue.fault;
import static org.contactexport.criteria.TestCatalogue.faultsOf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values written to break a query or a parser are plain values or clear faults: criteria are
 * evaluated with bind parameters, so the parser keeps text exactly as given.
 */
class HostileValuesTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CriteriaParser parser = TestCatalogue.parser();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "' OR 1=1 --",
            "\"); DROP TABLE contacts; --",
            "%_",
            "100%",
            "a_b",
            "'; SELECT pg_sleep(10); --",
            "$1",
            "?",
            "custom_fields ->> 'x'",
            "  Dupont  ",
            "back\\slash \"quoted\"",
            "line\nbreak\ttab",
            "Hélène",
            "He\u0301le\u0300ne",
            "東京 🎉 ﷽",
            "\u202Eevil"})
    void aHostileTextIsKeptAsAPlainValue(String hostile) {
        // given
        ObjectNode document = condition("company", "contains").put("value", hostile);

        // when
        Criterion criterion = parser.parse(document);

        // then
        assertThat(criterion).isEqualTo(
                new FieldCondition("company", "text", Operator.CONTAINS, List.of(hostile)));
    }

    @Test
    void theSameHostileTextReadsTheSameThroughTheJsonText() {
        // given
        String document = "{\"field\":\"company\",\"op\":\"equals\","
                + "\"value\":\"\\\"); DROP TABLE contacts; --\"}";

        // when
        Criterion criterion = parser.parse(document);

        // then
        assertThat(criterion).isEqualTo(new FieldCondition("company", "text", Operator.EQUALS,
                List.of("\"); DROP TABLE contacts; --")));
    }

    @Test
    void fiveHundredCharactersAreAcceptedAndFiveHundredAndOneAreNot() {
        // given
        ObjectNode fiveHundred = condition("custom.city", "equals").put("value", "x".repeat(500));
        ObjectNode fiveHundredOne = condition("custom.city", "equals")
                .put("value", "x".repeat(501));

        // when
        Criterion accepted = parser.parse(fiveHundred);
        List<CriteriaFault> refused = faultsOf(() -> parser.parse(fiveHundredOne));

        // then
        assertThat(((FieldCondition) accepted).value()).hasSize(500);
        assertThat(refused).containsExactly(
                fault("$.value", "a text value has 1 to 500 characters; this one has 501"));
    }

    @Test
    void charactersAreCountedAsCodePointsSoFiveHundredEmojiFit() {
        // given
        ObjectNode fiveHundred = condition("company", "equals").put("value", "🎉".repeat(500));
        ObjectNode fiveHundredOne = condition("company", "equals")
                .put("value", "🎉".repeat(501));

        // when
        Criterion accepted = parser.parse(fiveHundred);
        List<CriteriaFault> refused = faultsOf(() -> parser.parse(fiveHundredOne));

        // then
        assertThat(((FieldCondition) accepted).value()).isEqualTo("🎉".repeat(500));
        assertThat(refused).containsExactly(
                fault("$.value", "a text value has 1 to 500 characters; this one has 501"));
    }

    @Test
    void aNulCharacterIsRefusedWithItsPlace() {
        // given
        String document = "{\"field\":\"company\",\"op\":\"equals\",\"value\":\"ab\\u0000c\"}";

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(fault("$.value",
                "a text value cannot contain the NUL character (U+0000), found at character 3"));
    }

    @Test
    void aLoneSurrogateIsRefusedAsInvalidUnicode() {
        // given
        String document = "{\"field\":\"company\",\"op\":\"equals\",\"value\":\"ok\\ud800\"}";

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(fault("$.value",
                "a text value must be valid Unicode; it has a lone surrogate at character 3"));
    }

    @Test
    void aNulInsideAnInIsReportedAtItsIndex() {
        // given
        ObjectNode document = condition("custom.city", "in");
        document.putArray("values").add("Lyon").add("Pa\u0000ris");

        // when
        List<CriteriaFault> faults = faultsOf(() -> parser.parse(document));

        // then
        assertThat(faults).containsExactly(fault("$.values[1]",
                "a text value cannot contain the NUL character (U+0000), found at character 3"));
    }

    @Test
    void aHostileFieldKeyIsAnUnknownFieldQuotedInTheFault() {
        // given
        ObjectNode document = condition("email\"; DROP TABLE contacts; --", "empty");

        // when
        List<CriteriaFault> faults = faultsOf(() -> parser.parse(document));

        // then
        assertThat(faults).containsExactly(new CriteriaFault("$.field",
                "unknown field \"email\\\"; DROP TABLE contacts; --\"", TestCatalogue.KEYS));
    }

    @Test
    void aVeryLongUnknownNameIsShortenedInTheFault() {
        // given
        ObjectNode document = condition("f".repeat(300), "empty");

        // when
        List<CriteriaFault> faults = faultsOf(() -> parser.parse(document));

        // then
        assertThat(faults).containsExactly(new CriteriaFault("$.field",
                "unknown field \"" + "f".repeat(100) + "…\"", TestCatalogue.KEYS));
    }

    @Test
    void aMemberNameThatIsNotAnIdentifierIsQuotedInThePath() {
        // given
        ObjectNode document = condition("company", "empty").put("x\"] OR [\"y", 1);

        // when
        List<CriteriaFault> faults = faultsOf(() -> parser.parse(document));

        // then
        assertThat(faults).containsExactly(fault("$[\"x\\\"] OR [\\\"y\"]",
                "unknown member \"x\\\"] OR [\\\"y\"", "field", "op"));
    }

    @Test
    void aNulInACampaignIdIsRefused() {
        // given
        ObjectNode document = NODES.objectNode();
        document.putObject("activity").put("result", "opened").put("campaign", "nl\u0000");

        // when
        List<CriteriaFault> faults = faultsOf(() -> parser.parse(document));

        // then
        assertThat(faults).containsExactly(fault("$.activity.campaign",
                "a campaign id cannot contain the NUL character (U+0000), found at character 3"));
    }

    private static ObjectNode condition(String field, String op) {
        return NODES.objectNode().put("field", field).put("op", op);
    }
}
