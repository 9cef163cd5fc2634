package org.contactexport.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.contactexport.criteria.TestCatalogue.fault;
import static org.contactexport.criteria.TestCatalogue.faultsOf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Every limit of docs/criteria.md, at exactly the limit and one beyond. */
class LimitsTest {

    private static final String LEAF = "{\"field\":\"company\",\"op\":\"empty\"}";
    private static final FieldCondition COMPANY_EMPTY =
            new FieldCondition("company", "text", Operator.EMPTY, List.of());
    private static final String TOO_DEEP =
            "the criteria nest more than 8 levels of \"all\", \"any\" and \"not\"";
    private static final String TOO_LARGE =
            "the document is larger than 64 KB (65536 bytes of JSON in UTF-8)";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CriteriaParser parser = TestCatalogue.parser();

    @Test
    void eightLevelsOfNestingAreAccepted() {
        // given
        String document = nots(8, LEAF);

        // when
        Criterion criterion = parser.parse(document);

        // then
        Criterion expected = COMPANY_EMPTY;
        for (int i = 0; i < 8; i++) {
            expected = new Not(expected);
        }
        assertThat(criterion).isEqualTo(expected);
    }

    @Test
    void aNinthLevelOfNestingIsRefusedWhereItStarts() {
        // given
        String document = nots(9, LEAF);

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(fault("$.not.not.not.not.not.not.not.not", TOO_DEEP));
    }

    @Test
    void nestingCountsAllAndAnyLikeNot() {
        // given
        String document = LEAF;
        for (int level = 0; level < 9; level++) {
            document = "{\"" + (level % 2 == 0 ? "all" : "any") + "\":[" + document + "]}";
        }

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(fault(
                "$.all[0].any[0].all[0].any[0].all[0].any[0].all[0].any[0]", TOO_DEEP));
    }

    @Test
    void fiveThousandLevelsAreRefusedAtTheNinthWithoutReadingFurther() {
        // given
        String document = nots(5_000, LEAF);

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(fault("$.not.not.not.not.not.not.not.not", TOO_DEEP));
    }

    @Test
    void tenThousandLevelsAsTextAreRefusedWithoutOverflowingTheStack() {
        // given
        String document = nots(10_000, LEAF);

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(fault("$", TOO_LARGE));
    }

    @Test
    void tenThousandLevelsAsATreeAreRefusedWithoutOverflowingTheStack() {
        // given
        JsonNode document = notTree(10_000);

        // when
        List<CriteriaFault> faults = faultsOf(() -> parser.parse(document));

        // then
        assertThat(faults).containsExactly(fault("$", TOO_LARGE));
    }

    @Test
    void fiveThousandLevelsAsATreeAreRefusedAtTheNinth() {
        // given
        JsonNode document = notTree(5_000);

        // when
        List<CriteriaFault> faults = faultsOf(() -> parser.parse(document));

        // then
        assertThat(faults).containsExactly(fault("$.not.not.not.not.not.not.not.not", TOO_DEEP));
    }

    @Test
    void thirtyThousandNestedArraysAreRefusedAsNotACriterion() {
        // given
        String document = "[".repeat(30_000) + "]".repeat(30_000);

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(new CriteriaFault("$",
                "a criterion is a JSON object, not an array",
                List.of("all", "any", "not", "field", "activity")));
    }

    @Test
    void twoHundredConditionsAreAccepted() {
        // given
        String document = any(Collections.nCopies(4, all(50)));

        // when
        Criterion criterion = parser.parse(document);

        // then
        assertThat(Criteria.fields(criterion)).containsExactly("company");
        assertThat(((AnyOf) criterion).conditions()).hasSize(4)
                .allSatisfy(all -> assertThat(((AllOf) all).conditions()).hasSize(50));
    }

    @Test
    void theTwoHundredAndFirstConditionIsRefusedWhereItStands() {
        // given
        List<String> parts = new ArrayList<>(Collections.nCopies(4, all(50)));
        parts.add(LEAF);
        String document = any(parts);

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(fault("$.any[4]",
                "the criteria have more than 200 conditions; this is one too many"));
    }

    @Test
    void allAndAnyTakeOneToFiftyCriteria() {
        // given
        String fifty = all(50);
        String fiftyOne = "{\"any\":[" + String.join(",", Collections.nCopies(51, LEAF)) + "]}";
        String none = "{\"all\":[]}";

        // when
        Criterion accepted = parser.parse(fifty);
        List<CriteriaFault> tooMany = faultsOf(fiftyOne);
        List<CriteriaFault> empty = faultsOf(none);

        // then
        assertThat(accepted).isEqualTo(new AllOf(Collections.nCopies(50, COMPANY_EMPTY)));
        assertThat(tooMany).containsExactly(
                fault("$.any", "\"any\" takes an array of 1 to 50 criteria; this one has 51"));
        assertThat(empty).containsExactly(
                fault("$.all", "\"all\" takes an array of 1 to 50 criteria; this one has 0"));
    }

    @Test
    void inTakesOneToFiveHundredValues() {
        // given
        String fiveHundred = in(500);
        String fiveHundredOne = in(501);
        String none = in(0);

        // when
        Criterion accepted = parser.parse(fiveHundred);
        List<CriteriaFault> tooMany = faultsOf(fiveHundredOne);
        List<CriteriaFault> empty = faultsOf(none);

        // then
        assertThat(((FieldCondition) accepted).values()).hasSize(500)
                .startsWith("v0", "v1").endsWith("v499");
        assertThat(tooMany).containsExactly(
                fault("$.values", "\"in\" takes an array of 1 to 500 values; this one has 501"));
        assertThat(empty).containsExactly(
                fault("$.values", "\"in\" takes an array of 1 to 500 values; this one has 0"));
    }

    @Test
    void aDocumentOfExactly64KilobytesIsAcceptedAndOneByteMoreIsNot() {
        // given
        String document = "{\"field\":\"company\",\"op\":\"equals\",\"value\":\"Hélène\"}";
        int bytes = document.getBytes(StandardCharsets.UTF_8).length;
        String exactly = document + " ".repeat(65_536 - bytes);
        String oneMore = exactly + " ";

        // when
        Criterion accepted = parser.parse(exactly);
        List<CriteriaFault> refused = faultsOf(oneMore);

        // then
        assertThat(exactly.getBytes(StandardCharsets.UTF_8)).hasSize(65_536);
        assertThat(accepted).isEqualTo(new FieldCondition("company", "text", Operator.EQUALS,
                List.of("Hélène")));
        assertThat(refused).containsExactly(fault("$", TOO_LARGE));
    }

    @Test
    void aTreeOfExactly64KilobytesAsCompactJsonIsAcceptedAndOneByteMoreIsNot() {
        // given
        ObjectNode exactly = treeOfCompactSize(65_536);
        ObjectNode oneMore = treeOfCompactSize(65_537);

        // when
        Criterion accepted = parser.parse(exactly);
        List<CriteriaFault> refused = faultsOf(() -> parser.parse(oneMore));

        // then
        assertThat(compactBytes(exactly)).isEqualTo(65_536);
        assertThat(compactBytes(oneMore)).isEqualTo(65_537);
        assertThat(((FieldCondition) accepted).values()).hasSize(217);
        assertThat(refused).containsExactly(fault("$", TOO_LARGE));
    }

    @Test
    void aRefusalListsTheFirstFiftyFaultsAndSaysThereAreMore() {
        // given
        String bad = "{\"field\":\"nope\",\"op\":\"equals\",\"value\":\"x\"}";
        String document = "{\"all\":[" + String.join(",", Collections.nCopies(50, bad)) + "]}";

        // when
        InvalidCriteriaException refusal = catchThrowableOfType(InvalidCriteriaException.class,
                () -> parser.parse(document));

        // then
        assertThat(refusal.faults()).hasSize(50);
        assertThat(refusal.faults().get(49).path()).isEqualTo("$.all[49].field");
        assertThat(refusal.getMessage()).isEqualTo("The criteria have 50 faults; each error"
                + " gives its path and what is allowed there");
    }

    @Test
    void aRefusalStopsAtFiftyFaultsAndSaysThereMayBeMore() {
        // given
        String bad = "{\"field\":\"nope\",\"op\":\"equals\",\"value\":\"x\"}";
        String fifty = "{\"all\":[" + String.join(",", Collections.nCopies(50, bad)) + "]}";
        String document = "{\"any\":[" + fifty + "," + fifty + "]}";

        // when
        InvalidCriteriaException refusal = catchThrowableOfType(InvalidCriteriaException.class,
                () -> parser.parse(document));

        // then
        assertThat(refusal.faults()).hasSize(50);
        assertThat(refusal.faults().get(49).path()).isEqualTo("$.any[0].all[49].field");
        assertThat(refusal.getMessage()).isEqualTo("The criteria have 50 faults or more, the"
                + " first 50 are listed; each error gives its path and what is allowed there");
    }

    private static String nots(int levels, String leaf) {
        return "{\"not\":".repeat(levels) + leaf + "}".repeat(levels);
    }

    private static String all(int conditions) {
        return "{\"all\":[" + String.join(",", Collections.nCopies(conditions, LEAF)) + "]}";
    }

    private static String any(List<String> criteria) {
        return "{\"any\":[" + String.join(",", criteria) + "]}";
    }

    private static String in(int count) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add("\"v" + i + "\"");
        }
        return "{\"field\":\"custom.city\",\"op\":\"in\",\"values\":["
                + String.join(",", values) + "]}";
    }

    private static JsonNode notTree(int levels) {
        JsonNode node = NODES.objectNode().put("field", "company").put("op", "empty");
        for (int i = 0; i < levels; i++) {
            node = NODES.objectNode().set("not", node);
        }
        return node;
    }

    /** An "in" of 217 values whose compact JSON has exactly the given number of bytes. */
    private static ObjectNode treeOfCompactSize(int bytes) {
        ObjectNode node = NODES.objectNode().put("field", "custom.city").put("op", "in");
        ArrayNode values = node.putArray("values");
        for (int i = 0; i < 216; i++) {
            values.add("é".repeat(150));
        }
        values.add("");
        int missing = bytes - compactBytes(node);
        values.set(216, NODES.stringNode("a".repeat(missing)));
        return node;
    }

    private static int compactBytes(JsonNode node) {
        return MAPPER.writeValueAsString(node).getBytes(StandardCharsets.UTF_8).length;
    }
}
