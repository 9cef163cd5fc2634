package org.contactexport.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The canonical document: exact text per shape, and read back to an equal criterion. */
class CriteriaJsonTest {

    private final CriteriaParser parser = TestCatalogue.parser();

    @Test
    void fieldConditionsWriteBooleansAndNumbersUnquoted() {
        // given
        Criterion criterion = new AllOf(List.of(
                new FieldCondition("email_status", "email_status", Operator.EQUALS,
                        List.of("valid")),
                new FieldCondition("email_optin", "boolean", Operator.EQUALS, List.of("true")),
                new FieldCondition("created_at", "timestamp", Operator.WITHIN_LAST_DAYS,
                        List.of("30")),
                new FieldCondition("created_at", "timestamp", Operator.BEFORE,
                        List.of("2026-11-01")),
                new FieldCondition("activity_level", "activity_level", Operator.GREATER,
                        List.of("3"))));

        // when
        String json = CriteriaJson.write(criterion);

        // then
        assertThat(json).isEqualTo("{\"all\":["
                + "{\"field\":\"email_status\",\"op\":\"equals\",\"value\":\"valid\"},"
                + "{\"field\":\"email_optin\",\"op\":\"equals\",\"value\":true},"
                + "{\"field\":\"created_at\",\"op\":\"within_last_days\",\"value\":30},"
                + "{\"field\":\"created_at\",\"op\":\"before\",\"value\":\"2026-11-01\"},"
                + "{\"field\":\"activity_level\",\"op\":\"greater\",\"value\":3}]}");
    }

    @Test
    void numbersAreWrittenInPlainDecimal() {
        // given
        Criterion criterion = new FieldCondition("custom.score", "number", Operator.IN,
                List.of("2.5", "0.0000001", "1000000000000000000000", "-3"));

        // when
        String json = CriteriaJson.write(criterion);

        // then
        assertThat(json).isEqualTo("{\"field\":\"custom.score\",\"op\":\"in\",\"values\":"
                + "[2.5,0.0000001,1000000000000000000000,-3]}");
    }

    @Test
    void emptyHasNoValueAndTextIsEscapedAsJson() {
        // given
        Criterion criterion = new AnyOf(List.of(
                new FieldCondition("company", "text", Operator.EMPTY, List.of()),
                new Not(new FieldCondition("company", "text", Operator.CONTAINS,
                        List.of("\"); DROP TABLE contacts; --")))));

        // when
        String json = CriteriaJson.write(criterion);

        // then
        assertThat(json).isEqualTo("{\"any\":[{\"field\":\"company\",\"op\":\"empty\"},"
                + "{\"not\":{\"field\":\"company\",\"op\":\"contains\","
                + "\"value\":\"\\\"); DROP TABLE contacts; --\"}}]}");
    }

    @Test
    void activityWritesOnlyItsGivenPartsInAFixedOrder() {
        // given
        Criterion everything = new ActivityCondition("bounced", "nl-2026-11", "email",
                "unknown_user", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), 30);
        Criterion resultOnly = new ActivityCondition("opened", null, null, null, null, null,
                null);

        // when
        String ofEverything = CriteriaJson.write(everything);
        String ofResultOnly = CriteriaJson.write(resultOnly);

        // then
        assertThat(ofEverything).isEqualTo("{\"activity\":{\"result\":\"bounced\","
                + "\"campaign\":\"nl-2026-11\",\"channel\":\"email\","
                + "\"bounceCategory\":\"unknown_user\",\"after\":\"2026-11-01\","
                + "\"before\":\"2026-12-01\",\"withinLastDays\":30}}");
        assertThat(ofResultOnly).isEqualTo("{\"activity\":{\"result\":\"opened\"}}");
    }

    @Test
    void aWrittenCriterionReadsBackEqualOverManyRandomExamples() {
        // given
        Random random = new Random(20261204L);
        List<Criterion> examples = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            examples.add(new RandomCriteria(random).criterion());
        }

        // when
        List<Criterion> fromText = examples.stream()
                .map(example -> parser.parse(CriteriaJson.write(example)))
                .toList();
        List<Criterion> fromTree = examples.stream()
                .map(example -> parser.parse(CriteriaJson.toJson(example)))
                .toList();

        // then
        assertThat(fromText).isEqualTo(examples);
        assertThat(fromTree).isEqualTo(examples);
    }

    @Test
    void aDocumentReadThenWrittenIsStable() {
        // given
        String document = "{ \"any\" : [ {\"field\": \"custom.score\", \"op\": \"less\","
                + " \"value\": 2.50}, {\"field\": \"activity_level\", \"op\": \"in\","
                + " \"values\": [1.0, 2]} ] }";

        // when
        String canonical = CriteriaJson.write(parser.parse(document));

        // then
        assertThat(canonical).isEqualTo("{\"any\":[{\"field\":\"custom.score\",\"op\":\"less\","
                + "\"value\":2.5},{\"field\":\"activity_level\",\"op\":\"in\","
                + "\"values\":[1,2]}]}");
        assertThat(CriteriaJson.write(parser.parse(canonical))).isEqualTo(canonical);
    }

    /** Valid criteria in canonical form, drawn over every type, operator and activity part. */
    private static final class RandomCriteria {

        private static final String ODD_CHARACTERS = "aZ é'\"\\%_;-\n\t\u0001\u2028東🎉";

        private final Random random;
        private int conditions;

        RandomCriteria(Random random) {
            this.random = random;
        }

        Criterion criterion() {
            return criterion(0);
        }

        private Criterion criterion(int depth) {
            int draw = random.nextInt(10);
            if (depth < Limits.MAX_DEPTH && conditions < 150 && draw < 2) {
                return new Not(criterion(depth + 1));
            }
            if (depth < Limits.MAX_DEPTH && conditions < 150 && draw < 5) {
                List<Criterion> combined = new ArrayList<>();
                int size = 1 + random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    combined.add(criterion(depth + 1));
                }
                return draw < 4 ? new AllOf(combined) : new AnyOf(combined);
            }
            conditions++;
            return draw < 8 ? field() : activity();
        }

        private Criterion field() {
            String key = pick(TestCatalogue.KEYS);
            FieldType type = FieldType.of(TestCatalogue.FIELDS.get(key)).orElseThrow();
            List<Operator> operators = Arrays.stream(Operator.values())
                    .filter(type::allows)
                    .toList();
            Operator operator = pick(operators);
            List<String> values = switch (operator) {
                case EMPTY, NOT_EMPTY -> List.of();
                case IN -> {
                    List<String> several = new ArrayList<>();
                    int count = 1 + random.nextInt(5);
                    for (int i = 0; i < count; i++) {
                        several.add(value(type, operator));
                    }
                    yield several;
                }
                default -> List.of(value(type, operator));
            };
            return new FieldCondition(key, type.catalogueName(), operator, values);
        }

        private String value(FieldType type, Operator operator) {
            if (operator == Operator.WITHIN_LAST_DAYS) {
                return Integer.toString(1 + random.nextInt(3650));
            }
            return switch (type.kind()) {
                case TEXT -> text();
                case NUMBER -> new BigDecimal(random.nextLong())
                        .movePointLeft(random.nextInt(12) - 3)
                        .stripTrailingZeros()
                        .toPlainString();
                case ACTIVITY_LEVEL -> Integer.toString(random.nextInt(6));
                case BOOLEAN -> Boolean.toString(random.nextBoolean());
                case VOCABULARY -> pick(type.vocabulary());
                case DAY -> day().toString();
            };
        }

        private Criterion activity() {
            String result = pick(Vocabularies.ACTIVITY_RESULTS);
            LocalDate after = random.nextBoolean() ? day() : null;
            // A period, when both ends are given, is never empty: the parser refuses that.
            LocalDate before = !random.nextBoolean() ? null
                    : after == null ? day() : after.plusDays(1 + random.nextInt(3650));
            return new ActivityCondition(result,
                    random.nextBoolean() ? text() : null,
                    random.nextBoolean() ? pick(Vocabularies.CHANNELS) : null,
                    result.equals("bounced") && random.nextBoolean()
                            ? pick(Vocabularies.BOUNCE_CATEGORIES)
                            : null,
                    after,
                    before,
                    random.nextBoolean() ? 1 + random.nextInt(3650) : null);
        }

        private String text() {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 500 : 12);
            int[] characters = ODD_CHARACTERS.codePoints().toArray();
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(characters[random.nextInt(characters.length)]);
            }
            return text.toString();
        }

        private LocalDate day() {
            return LocalDate.of(1900, 1, 1).plusDays(random.nextInt(200 * 365));
        }

        private <T> T pick(List<T> choices) {
            return choices.get(random.nextInt(choices.size()));
        }
    }
}
