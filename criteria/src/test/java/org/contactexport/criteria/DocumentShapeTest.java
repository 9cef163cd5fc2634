package org.contactexport.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.contactexport.criteria.TestCatalogue.fault;
import static org.contactexport.criteria.TestCatalogue.faultsOf;
import static org.contactexport.criteria.TestCatalogue.json;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;

/** Documents of the wrong shape: each fault at its path, with what is allowed there. */
class DocumentShapeTest {

    private static final List<String> KINDS = List.of("all", "any", "not", "field", "activity");
    private static final List<String> ALL_OPERATORS =
            Arrays.stream(Operator.values()).map(Operator::jsonName).toList();
    private static final String NO_DOCUMENT = "the criteria document is missing or null; a"
            + " criterion is a JSON object with one of the members \"all\", \"any\", \"not\","
            + " \"field\" or \"activity\"";

    private final CriteriaParser parser = TestCatalogue.parser();

    @ParameterizedTest(name = "text \"{0}\"")
    @ValueSource(strings = {"null", "", "  "})
    void aNullOrEmptyTextIsAFaultAtTheRoot(String document) {
        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(fault("$", NO_DOCUMENT));
    }

    @Test
    void aMisspeltKindIsNamedInTheFault() {
        // when
        List<CriteriaFault> faults = faultsOf(
                "{\"any\": [{\"feild\": \"email\", \"op\": \"empty\"}]}");

        // then
        assertThat(faults).containsExactly(fault("$.any[0]", "a criterion has exactly one of the"
                + " members \"all\", \"any\", \"not\", \"field\" or \"activity\"; this one"
                + " has none, only \"feild\", \"op\"", KINDS.toArray(String[]::new)));
    }

    @Test
    void aNullTextOrTreeIsAFaultAtTheRoot() {
        // when
        List<CriteriaFault> ofNullText = faultsOf(() -> parser.parse((String) null));
        List<CriteriaFault> ofNullTree = faultsOf(() -> parser.parse((JsonNode) null));
        List<CriteriaFault> ofJsonNull = faultsOf(
                () -> parser.parse(JsonNodeFactory.instance.nullNode()));
        List<CriteriaFault> ofMissing = faultsOf(() -> parser.parse(MissingNode.getInstance()));

        // then
        assertThat(List.of(ofNullText, ofNullTree, ofJsonNull, ofMissing))
                .allSatisfy(faults -> assertThat(faults).containsExactly(fault("$", NO_DOCUMENT)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{'field': 'company'|the document is not valid JSON: Unexpected end-of-input:"
                    + " expected close marker for Object (line 1, column 20)",
            "{'field': 'company', 'op': 'empty', 'op': 'not_empty'}|the document is not valid"
                    + " JSON: Duplicate Object property \"op\" (line 1, column 41)",
            "{'field': 'company', 'op': 'empty'} {}|the document is not valid JSON: Trailing"
                    + " token (`JsonToken.START_OBJECT`) found after value: a document is one"
                    + " JSON value (line 1, column 37)",
            "{field: 'company', 'op': 'empty'}|the document is not valid JSON: Unexpected"
                    + " character ('f' (code 102)): was expecting double-quote to start property"
                    + " name (line 1, column 2)"})
    void textThatIsNotJsonIsAFaultAtTheRoot(String document, String message) {
        // when
        List<CriteriaFault> faults = faultsOf(json(document));

        // then
        assertThat(faults).containsExactly(fault("$", message));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "[]|an array", "'all'|a string", "42|a number", "true|a boolean"})
    void aDocumentThatIsNotAnObjectIsRefusedAtTheRoot(String document, String type) {
        // when
        List<CriteriaFault> faults = faultsOf(json(document));

        // then
        assertThat(faults).containsExactly(
                new CriteriaFault("$", "a criterion is a JSON object, not " + type, KINDS));
    }

    @Test
    void anObjectOfNoKnownKindListsTheKinds() {
        // when
        List<CriteriaFault> faults = faultsOf(json("{'all_of': []}"));

        // then
        assertThat(faults).containsExactly(new CriteriaFault("$", "a criterion has exactly one"
                + " of the members \"all\", \"any\", \"not\", \"field\" or \"activity\"; this one"
                + " has none, only \"all_of\"", KINDS));
    }

    @Test
    void anObjectOfTwoKindsIsRefused() {
        // given
        String document = json("{'all': [], 'any': [], 'field': 'company'}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(new CriteriaFault("$", "a criterion has exactly one"
                + " of the members \"all\", \"any\", \"not\", \"field\" or \"activity\"; this one"
                + " has all and any and field", KINDS));
    }

    @Test
    void combinationsRefuseTheWrongJsonTypes() {
        // given
        String document = json("{'any': [{'all': {'field': 'company', 'op': 'empty'}},"
                + " {'not': []}, {'not': null}, 'company', {'any': 3}]}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(
                fault("$.any[0].all", "\"all\" takes an array of 1 to 50 criteria, not an"
                        + " object"),
                new CriteriaFault("$.any[1].not", "a criterion is a JSON object, not an array",
                        KINDS),
                new CriteriaFault("$.any[2].not", "a criterion is a JSON object, not null",
                        KINDS),
                new CriteriaFault("$.any[3]", "a criterion is a JSON object, not a string",
                        KINDS),
                fault("$.any[4].any", "\"any\" takes an array of 1 to 50 criteria, not a"
                        + " number"));
    }

    @Test
    void anUnknownMemberBesideACombinationListsTheOneAllowed() {
        // given
        String document = json("{'not': {'field': 'company', 'op': 'empty'}, 'because': 'x'}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(fault("$.because", "unknown member \"because\"",
                "not"));
    }

    @Test
    void aFieldConditionRefusesWrongJsonTypesForFieldAndOp() {
        // given
        String document = json("{'all': [{'field': 3, 'op': 'equals', 'value': 'x'},"
                + " {'field': 'company', 'op': ['equals']}, {'field': 'company'}]}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(
                new CriteriaFault("$.all[0].field", "\"field\" is a JSON string, a key of the"
                        + " field catalogue, not a number", TestCatalogue.KEYS),
                new CriteriaFault("$.all[1].op", "\"op\" is a JSON string, an operator, not an"
                        + " array", List.of("equals", "differs", "contains", "starts_with",
                        "in", "empty", "not_empty")),
                new CriteriaFault("$.all[2].op", "missing member \"op\"", List.of("equals",
                        "differs", "contains", "starts_with", "in", "empty", "not_empty")));
    }

    @Test
    void anUnknownOperatorOfAnUnknownFieldListsEveryOperator() {
        // given
        String document = json("{'field': 'nope', 'op': 'between', 'value': 1, 'to': 2}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(
                new CriteriaFault("$.field", "unknown field \"nope\"", TestCatalogue.KEYS),
                new CriteriaFault("$.op", "unknown operator \"between\"", ALL_OPERATORS),
                fault("$.to", "unknown member \"to\"", "field", "op", "value", "values"));
    }

    @Test
    void everyFaultOfADocumentIsReportedInDocumentOrderWithItsPath() {
        // given
        String document = json("{'all': [{'field': 'email', 'op': 'contains', 'value': '@'},"
                + " {'field': 'created_at', 'op': 'contains', 'value': '2026'},"
                + " {'any': [{'not': {'activity': {'result': 'read'}}},"
                + " {'field': 'email_optin', 'op': 'equals', 'value': 'yes'}]}]}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(
                new CriteriaFault("$.all[1].op", "operator \"contains\" does not apply to"
                        + " field \"created_at\" of type timestamp", List.of("before", "after",
                        "within_last_days", "empty", "not_empty")),
                new CriteriaFault("$.all[2].any[0].not.activity.result",
                        "\"read\" is not a result", Vocabularies.ACTIVITY_RESULTS),
                fault("$.all[2].any[1].value", "a boolean value is JSON true or false, not a"
                        + " string", "true", "false"));
    }

    @Test
    void theCatalogueRefusesATypeCriteriaDoNotKnow() {
        // when
        Throwable refusal = catchThrowable(
                () -> new CriteriaParser(Map.of("custom.x", "json")));

        // then
        assertThat(refusal).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field \"custom.x\" has the type \"json\", which is not a catalogue"
                        + " type");
    }
}
