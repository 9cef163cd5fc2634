package org.contactexport.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contactexport.criteria.TestCatalogue.fault;
import static org.contactexport.criteria.TestCatalogue.faultsOf;
import static org.contactexport.criteria.TestCatalogue.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Which operators each catalogue type allows, and how its values are read. */
class FieldOperatorsTest {

    private static final List<String> TEXT_OPS = List.of("equals", "differs", "contains",
            "starts_with", "in", "empty", "not_empty");
    private static final List<String> NUMBER_OPS = List.of("equals", "differs", "greater",
            "less", "in", "empty", "not_empty");
    private static final List<String> BOOLEAN_OPS = List.of("equals", "empty", "not_empty");
    private static final List<String> VOCABULARY_OPS = List.of("equals", "differs", "in",
            "empty", "not_empty");
    private static final List<String> DAY_OPS = List.of("before", "after", "within_last_days",
            "empty", "not_empty");

    /** A field of each type, its operators, and a valid JSON value with its canonical text. */
    private static final List<TypeSample> SAMPLES = List.of(
            new TypeSample("company", "text", TEXT_OPS, "'Dupont'", "Dupont"),
            new TypeSample("email", "email", TEXT_OPS, "'a@b.fr'", "a@b.fr"),
            new TypeSample("mobile", "phone", TEXT_OPS, "'+33612345678'", "+33612345678"),
            new TypeSample("custom.score", "number", NUMBER_OPS, "2.50", "2.5"),
            new TypeSample("activity_level", "activity_level", NUMBER_OPS, "4", "4"),
            new TypeSample("email_optin", "boolean", BOOLEAN_OPS, "false", "false"),
            new TypeSample("email_status", "email_status", VOCABULARY_OPS, "'bounced'",
                    "bounced"),
            new TypeSample("mobile_status", "mobile_status", VOCABULARY_OPS, "'invalid'",
                    "invalid"),
            new TypeSample("bounce_category", "bounce_category", VOCABULARY_OPS, "'soft'",
                    "soft"),
            new TypeSample("created_at", "timestamp", DAY_OPS, "'2026-11-01'", "2026-11-01"),
            new TypeSample("custom.birthday", "date", DAY_OPS, "'1990-02-28'", "1990-02-28"));

    record TypeSample(String field, String type, List<String> operators, String jsonValue,
            String canonical) {
    }

    static Stream<Arguments> everyTypeAndOperator() {
        List<Arguments> cases = new ArrayList<>();
        for (TypeSample sample : SAMPLES) {
            Arrays.stream(Operator.values())
                    .forEach(operator -> cases.add(Arguments.of(sample, operator)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyTypeAndOperator")
    void eachTypeAcceptsItsOperatorsAndRefusesTheOthers(TypeSample sample, Operator operator) {
        // given
        String document = document(sample, operator);

        // when
        boolean allowed = sample.operators().contains(operator.jsonName());

        // then
        if (allowed) {
            assertThat(TestCatalogue.parser().parse(document)).isEqualTo(new FieldCondition(
                    sample.field(), sample.type(), operator, canonicalValues(sample, operator)));
        } else {
            assertThat(faultsOf(document)).containsExactly(new CriteriaFault("$.op",
                    "operator \"" + operator.jsonName() + "\" does not apply to field \""
                            + sample.field() + "\" of type " + sample.type(),
                    sample.operators()));
        }
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "4|4", "4.0|4", "2.50|2.5", "-3.25|-3.25", "1e3|1000", "1.5E-3|0.0015",
            "-0.0|0", "0|0", "12345678901234567890.5|12345678901234567890.5"})
    void numbersAreReadAsPlainDecimalText(String written, String canonical) {
        // given
        String document = json("{'field': 'custom.score', 'op': 'equals', 'value': "
                + written + "}");

        // when
        Criterion criterion = TestCatalogue.parser().parse(document);

        // then
        assertThat(criterion).isEqualTo(new FieldCondition("custom.score", "number",
                Operator.EQUALS, List.of(canonical)));
    }

    @Test
    void aNumberTooLongToWriteOutIsRefusedWithoutWritingItOut() {
        // given
        String document = json("{'field': 'custom.score', 'op': 'greater', 'value': 1e999999}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(fault("$.value", "a number value has at most 500"
                + " characters written in plain decimal; this one is 1E+999999"));
    }

    @ParameterizedTest(name = "activity level {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "0|0", "5|5", "3.0|3"})
    void activityLevelsAreIntegersFromZeroToFive(String written, String canonical) {
        // given
        String document = json("{'field': 'activity_level', 'op': 'equals', 'value': "
                + written + "}");

        // when
        Criterion criterion = TestCatalogue.parser().parse(document);

        // then
        assertThat(criterion).isEqualTo(new FieldCondition("activity_level", "activity_level",
                Operator.EQUALS, List.of(canonical)));
    }

    @ParameterizedTest(name = "activity level {0} is refused")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "-1|an activity level is an integer from 0 to 5; got -1",
            "6|an activity level is an integer from 0 to 5; got 6",
            "2.5|an activity level is an integer from 0 to 5; got 2.5",
            "'3'|an activity level is an integer from 0 to 5, a JSON number, not a string"})
    void otherActivityLevelsAreRefused(String written, String message) {
        // given
        String document = json("{'field': 'activity_level', 'op': 'less', 'value': "
                + written + "}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(
                fault("$.value", message, "0", "1", "2", "3", "4", "5"));
    }

    @ParameterizedTest(name = "within_last_days {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`',
            value = {"1|1", "30|30", "3650|3650", "7.0|7"})
    void withinLastDaysTakesAnIntegerFromOneTo3650(String written, String canonical) {
        // given
        String document = json("{'field': 'custom.birthday', 'op': 'within_last_days', "
                + "'value': " + written + "}");

        // when
        Criterion criterion = TestCatalogue.parser().parse(document);

        // then
        assertThat(criterion).isEqualTo(new FieldCondition("custom.birthday", "date",
                Operator.WITHIN_LAST_DAYS, List.of(canonical)));
    }

    @ParameterizedTest(name = "within_last_days {0} is refused")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "0|a number of days is an integer from 1 to 3650; got 0",
            "3651|a number of days is an integer from 1 to 3650; got 3651",
            "-5|a number of days is an integer from 1 to 3650; got -5",
            "1.5|a number of days is an integer from 1 to 3650; got 1.5",
            "'30'|a number of days is an integer from 1 to 3650, a JSON number, not a string",
            "null|a number of days is an integer from 1 to 3650, a JSON number, not null"})
    void otherDayCountsAreRefused(String written, String message) {
        // given
        String document = json("{'field': 'created_at', 'op': 'within_last_days', 'value': "
                + written + "}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(fault("$.value", message));
    }

    @ParameterizedTest(name = "day {0} is refused")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "'2026-02-30'|a day is written YYYY-MM-DD, e.g. 2026-11-01; got \"2026-02-30\"",
            "'2026-1-5'|a day is written YYYY-MM-DD, e.g. 2026-11-01; got \"2026-1-5\"",
            "'2026-11-01T00:00:00Z'|a day is written YYYY-MM-DD, e.g. 2026-11-01;"
                    + " got \"2026-11-01T00:00:00Z\"",
            "'01/11/2026'|a day is written YYYY-MM-DD, e.g. 2026-11-01; got \"01/11/2026\"",
            "20261101|a day is a JSON string YYYY-MM-DD, not a number"})
    void otherDaysAreRefused(String written, String message) {
        // given
        String document = json("{'field': 'created_at', 'op': 'before', 'value': "
                + written + "}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(fault("$.value", message));
    }

    @Test
    void aLeapDayIsADay() {
        // given
        String document = json("{'field': 'created_at', 'op': 'after', 'value': '2028-02-29'}");

        // when
        Criterion criterion = TestCatalogue.parser().parse(document);

        // then
        assertThat(criterion).isEqualTo(new FieldCondition("created_at", "timestamp",
                Operator.AFTER, List.of("2028-02-29")));
    }

    @ParameterizedTest(name = "boolean {0} is refused")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "'true'|a boolean value is JSON true or false, not a string",
            "1|a boolean value is JSON true or false, not a number",
            "null|a boolean value is JSON true or false, not null"})
    void booleansAreOnlyJsonBooleans(String written, String message) {
        // given
        String document = json("{'field': 'email_optin', 'op': 'equals', 'value': "
                + written + "}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(fault("$.value", message, "true", "false"));
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "email_status|'VALID'|\"VALID\" is not a key of email_status",
            "email_status|'npai'|\"npai\" is not a key of email_status",
            "mobile_status|'bounced'|\"bounced\" is not a key of mobile_status",
            "bounce_category|'hard'|\"hard\" is not a key of bounce_category",
            "email_status|1|a key of email_status is a JSON string, not a number"})
    void vocabularyValuesAreExactKeys(String field, String written, String message) {
        // given
        String document = json("{'field': '" + field + "', 'op': 'differs', 'value': "
                + written + "}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(new CriteriaFault("$.value", message,
                VOCABULARIES.get(field)));
    }

    @ParameterizedTest(name = "text {0} is refused")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "12|a text value is a JSON string, not a number",
            "true|a text value is a JSON string, not a boolean",
            "['a']|a text value is a JSON string, not an array",
            "{'a': 1}|a text value is a JSON string, not an object",
            "null|a text value is a JSON string, not null",
            "''|a text value has 1 to 500 characters; this one has 0"})
    void textValuesAreNonEmptyJsonStrings(String written, String message) {
        // given
        String document = json("{'field': 'custom.country', 'op': 'equals', 'value': "
                + written + "}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(fault("$.value", message));
    }

    @Test
    void inReadsEveryValueAndReportsEachWrongOneAtItsIndex() {
        // given
        String document = json("{'field': 'email_status', 'op': 'in', "
                + "'values': ['valid', 'lost', 'bounced', 3]}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(
                new CriteriaFault("$.values[1]", "\"lost\" is not a key of email_status",
                        Vocabularies.EMAIL_STATUSES),
                new CriteriaFault("$.values[3]",
                        "a key of email_status is a JSON string, not a number",
                        Vocabularies.EMAIL_STATUSES));
    }

    @Test
    void inKeepsNumbersInOrderAsPlainText() {
        // given
        String document = json("{'field': 'custom.score', 'op': 'in', "
                + "'values': [3, 1.50, 3, -2]}");

        // when
        Criterion criterion = TestCatalogue.parser().parse(document);

        // then
        assertThat(criterion).isEqualTo(new FieldCondition("custom.score", "number",
                Operator.IN, List.of("3", "1.5", "3", "-2")));
    }

    @Test
    void inNeedsAnArrayOfValues() {
        // given
        String document = json("{'field': 'custom.city', 'op': 'in', 'values': 'Lyon'}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(
                fault("$.values", "\"in\" takes an array of 1 to 500 values, not a string"));
    }

    @Test
    void inWithAValueInsteadOfValuesSaysBoth() {
        // given
        String document = json("{'field': 'custom.city', 'op': 'in', 'value': 'Lyon'}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(
                fault("$.value", "unknown member \"value\"", "field", "op", "values"),
                fault("$.values", "\"in\" takes an array of 1 to 500 values, not nothing"));
    }

    @Test
    void emptyTakesNoValue() {
        // given
        String document = json("{'field': 'company', 'op': 'not_empty', 'value': 'x'}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(
                fault("$.value", "unknown member \"value\"", "field", "op"));
    }

    @Test
    void aOneValueOperatorNeedsItsValue() {
        // given
        String document = json("{'field': 'mobile_status', 'op': 'equals'}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(new CriteriaFault("$.value",
                "missing member \"value\"", Vocabularies.MOBILE_STATUSES));
    }

    @Test
    void operatorsAreLowerCaseNamesOnly() {
        // given
        String document = json("{'field': 'company', 'op': 'EQUALS', 'value': 'x'}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(new CriteriaFault("$.op",
                "unknown operator \"EQUALS\"", TEXT_OPS));
    }

    @Test
    void anUnknownFieldListsTheCatalogueAndStillChecksTheOperatorName() {
        // given
        String document = json("{'field': 'custom.colour', 'op': 'like', 'value': 'red'}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(
                new CriteriaFault("$.field", "unknown field \"custom.colour\"",
                        TestCatalogue.KEYS),
                new CriteriaFault("$.op", "unknown operator \"like\"",
                        Arrays.stream(Operator.values()).map(Operator::jsonName).toList()));
    }

    @Test
    void fieldKeysAreCaseSensitive() {
        // given
        String document = json("{'field': 'Email', 'op': 'empty'}");

        // when
        List<CriteriaFault> faults = faultsOf(document);

        // then
        assertThat(faults).containsExactly(
                new CriteriaFault("$.field", "unknown field \"Email\"", TestCatalogue.KEYS));
    }

    private static final Map<String, List<String>> VOCABULARIES = Map.of(
            "email_status", Vocabularies.EMAIL_STATUSES,
            "mobile_status", Vocabularies.MOBILE_STATUSES,
            "bounce_category", Vocabularies.BOUNCE_CATEGORIES);

    private static String document(TypeSample sample, Operator operator) {
        String head = "{'field': '" + sample.field() + "', 'op': '" + operator.jsonName() + "'";
        return json(switch (operator) {
            case EMPTY, NOT_EMPTY -> head + "}";
            case IN -> head + ", 'values': [" + sample.jsonValue() + ", "
                    + sample.jsonValue() + "]}";
            case WITHIN_LAST_DAYS -> head + ", 'value': 30}";
            default -> head + ", 'value': " + sample.jsonValue() + "}";
        });
    }

    private static List<String> canonicalValues(TypeSample sample, Operator operator) {
        return switch (operator) {
            case EMPTY, NOT_EMPTY -> List.of();
            case IN -> List.of(sample.canonical(), sample.canonical());
            case WITHIN_LAST_DAYS -> List.of("30");
            default -> List.of(sample.canonical());
        };
    }
}
