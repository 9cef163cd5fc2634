package org.contactexport.contact.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.contactexport.criteria.ActivityCondition;
import org.contactexport.criteria.AllOf;
import org.contactexport.criteria.AnyOf;
import org.contactexport.criteria.Criterion;
import org.contactexport.criteria.FieldCondition;
import org.contactexport.criteria.Not;
import org.contactexport.criteria.Operator;
import org.junit.jupiter.api.Test;

class CriteriaSqlTest {

    @Test
    void noCriterionMatchesEveryContact() {
        assertThat(CriteriaSql.of(null)).isEqualTo(SqlCondition.ALWAYS);
    }

    @Test
    void textEqualsIgnoresCaseThroughLowerOnBothSides() {
        SqlCondition sql = CriteriaSql.of(field("last_name", "text", Operator.EQUALS, "Dupont"));

        assertThat(sql.sql()).isEqualTo(
                "(c.last_name IS NOT NULL AND lower(c.last_name) = lower(?))");
        assertThat(sql.parameters()).containsExactly("Dupont");
    }

    @Test
    void textDiffersIsTheNegationSoContactsWithoutValueMatch() {
        SqlCondition sql = CriteriaSql.of(field("company", "text", Operator.DIFFERS, "Acme"));

        assertThat(sql.sql()).isEqualTo(
                "NOT (c.company IS NOT NULL AND lower(c.company) = lower(?))");
        assertThat(sql.parameters()).containsExactly("Acme");
    }

    @Test
    void containsEscapesLikeWildcardsAndTheEscapeCharacter() {
        SqlCondition sql = CriteriaSql.of(field("email", "email", Operator.CONTAINS,
                "50%_off\\"));

        assertThat(sql.sql()).isEqualTo(
                "(c.email IS NOT NULL AND lower(c.email) LIKE lower(?) ESCAPE '\\')");
        assertThat(sql.parameters()).containsExactly("%50\\%\\_off\\\\%");
    }

    @Test
    void startsWithAnchorsThePatternAtTheStart() {
        SqlCondition sql = CriteriaSql.of(field("company", "text", Operator.STARTS_WITH,
                "Café"));

        assertThat(sql.sql()).isEqualTo(
                "(c.company IS NOT NULL AND lower(c.company) LIKE lower(?) ESCAPE '\\')");
        assertThat(sql.parameters()).containsExactly("Café%");
    }

    @Test
    void textInTakesTheValuesAsOneArrayParameter() {
        SqlCondition sql = CriteriaSql.of(new FieldCondition("custom.city", "text",
                Operator.IN, List.of("Lyon", "Villeurbanne")));

        assertThat(sql.sql()).isEqualTo("coalesce(lower((c.custom_fields ->> ?))"
                + " = ANY (SELECT lower(v) FROM unnest(?::text[]) AS v), false)");
        assertThat(sql.parameters()).hasSize(2);
        assertThat(sql.parameters().get(0)).isEqualTo("city");
        assertThat((String[]) sql.parameters().get(1)).containsExactly("Lyon", "Villeurbanne");
    }

    @Test
    void customTextNamesTheFieldThroughAParameter() {
        SqlCondition sql = CriteriaSql.of(field("custom.country", "text", Operator.EQUALS,
                "FR"));

        assertThat(sql.sql()).isEqualTo(
                "coalesce(lower((c.custom_fields ->> ?)) = lower(?), false)");
        assertThat(sql.parameters()).containsExactly("country", "FR");
    }

    @Test
    void emptyAndNotEmptyTestTheRawValue() {
        SqlCondition empty = CriteriaSql.of(new FieldCondition("company", "text",
                Operator.EMPTY, List.of()));
        SqlCondition customNotEmpty = CriteriaSql.of(new FieldCondition("custom.score",
                "number", Operator.NOT_EMPTY, List.of()));

        assertThat(empty.sql()).isEqualTo("c.company IS NULL");
        assertThat(empty.parameters()).isEmpty();
        assertThat(customNotEmpty.sql()).isEqualTo("(c.custom_fields ->> ?) IS NOT NULL");
        assertThat(customNotEmpty.parameters()).containsExactly("score");
    }

    @Test
    void customNumbersCompareThroughTheGuardedCast() {
        SqlCondition greater = CriteriaSql.of(field("custom.score", "number",
                Operator.GREATER, "10.5"));
        SqlCondition less = CriteriaSql.of(field("custom.score", "number", Operator.LESS,
                "-3"));
        SqlCondition in = CriteriaSql.of(new FieldCondition("custom.score", "number",
                Operator.IN, List.of("1", "2.50")));

        assertThat(greater.sql()).isEqualTo(
                "coalesce(contact_custom_number(c.custom_fields, ?) > ?::numeric, false)");
        assertThat(greater.parameters()).containsExactly("score", "10.5");
        assertThat(less.sql()).isEqualTo(
                "coalesce(contact_custom_number(c.custom_fields, ?) < ?::numeric, false)");
        assertThat(less.parameters()).containsExactly("score", "-3");
        assertThat(in.sql()).isEqualTo("coalesce(contact_custom_number(c.custom_fields, ?)"
                + " = ANY (?::numeric[]), false)");
        assertThat((String[]) in.parameters().get(1)).containsExactly("1", "2.50");
    }

    @Test
    void activityLevelEqualsAndDiffersCompareTheColumn() {
        SqlCondition equals = CriteriaSql.of(field("activity_level", "activity_level",
                Operator.EQUALS, "3"));
        SqlCondition differs = CriteriaSql.of(field("activity_level", "activity_level",
                Operator.DIFFERS, "3"));

        assertThat(equals.sql()).isEqualTo(
                "(c.activity_level IS NOT NULL AND c.activity_level = ?::numeric)");
        assertThat(differs.sql()).isEqualTo(
                "NOT (c.activity_level IS NOT NULL AND c.activity_level = ?::numeric)");
        assertThat(equals.parameters()).containsExactly("3");
    }

    @Test
    void booleansCompareTheColumnOrTheJsonText() {
        SqlCondition standard = CriteriaSql.of(field("email_optin", "boolean",
                Operator.EQUALS, "true"));
        SqlCondition custom = CriteriaSql.of(field("custom.vip", "boolean", Operator.EQUALS,
                "false"));

        assertThat(standard.sql()).isEqualTo(
                "(c.email_optin IS NOT NULL AND c.email_optin = ?)");
        assertThat(standard.parameters()).containsExactly(true);
        assertThat(custom.sql()).isEqualTo("coalesce((c.custom_fields ->> ?) = ?, false)");
        assertThat(custom.parameters()).containsExactly("vip", "false");
    }

    @Test
    void statusesCompareKeysExactly() {
        SqlCondition equals = CriteriaSql.of(field("email_status", "email_status",
                Operator.EQUALS, "valid"));
        SqlCondition in = CriteriaSql.of(new FieldCondition("bounce_category",
                "bounce_category", Operator.IN, List.of("unknown_user", "bad_domain")));

        assertThat(equals.sql()).isEqualTo(
                "(c.email_status IS NOT NULL AND c.email_status = ?)");
        assertThat(equals.parameters()).containsExactly("valid");
        assertThat(in.sql()).isEqualTo(
                "(c.bounce_category IS NOT NULL AND c.bounce_category = ANY (?::text[]))");
        assertThat((String[]) in.parameters().get(0)).containsExactly("unknown_user",
                "bad_domain");
    }

    @Test
    void timestampDaysBeginAtMidnightInParis() {
        SqlCondition before = CriteriaSql.of(field("created_at", "timestamp", Operator.BEFORE,
                "2026-07-01"));
        SqlCondition after = CriteriaSql.of(field("created_at", "timestamp", Operator.AFTER,
                "2026-01-15"));

        assertThat(before.sql()).isEqualTo(
                "(c.created_at IS NOT NULL AND c.created_at < ?)");
        assertThat(before.parameters()).containsExactly(
                OffsetDateTime.of(2026, 7, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(after.sql()).isEqualTo(
                "(c.created_at IS NOT NULL AND c.created_at >= ?)");
        assertThat(after.parameters()).containsExactly(
                OffsetDateTime.of(2026, 1, 15, 0, 0, 0, 0, ZoneOffset.ofHours(1)));
    }

    @Test
    void withinLastDaysCountsBackFromNow() {
        SqlCondition timestamp = CriteriaSql.of(field("updated_at", "timestamp",
                Operator.WITHIN_LAST_DAYS, "30"));
        SqlCondition date = CriteriaSql.of(field("custom.birthday", "date",
                Operator.WITHIN_LAST_DAYS, "7"));

        assertThat(timestamp.sql()).isEqualTo("(c.updated_at IS NOT NULL"
                + " AND c.updated_at >= now() - make_interval(days => ?))");
        assertThat(timestamp.parameters()).containsExactly(30);
        assertThat(date.sql()).isEqualTo("coalesce(contact_custom_date(c.custom_fields, ?)"
                + " >= (now() AT TIME ZONE 'Europe/Paris')::date - ?, false)");
        assertThat(date.parameters()).containsExactly("birthday", 7);
    }

    @Test
    void customDatesCompareAsDatesThroughTheGuardedCast() {
        SqlCondition before = CriteriaSql.of(field("custom.birthday", "date", Operator.BEFORE,
                "1990-01-01"));
        SqlCondition after = CriteriaSql.of(field("custom.birthday", "date", Operator.AFTER,
                "1990-01-01"));

        assertThat(before.sql()).isEqualTo(
                "coalesce(contact_custom_date(c.custom_fields, ?) < ?, false)");
        assertThat(before.parameters()).containsExactly("birthday", LocalDate.of(1990, 1, 1));
        assertThat(after.sql()).isEqualTo(
                "coalesce(contact_custom_date(c.custom_fields, ?) >= ?, false)");
    }

    @Test
    void activityIsAnExistsOverTheContactsResults() {
        SqlCondition sql = CriteriaSql.of(new ActivityCondition("opened", "nl-2026-11",
                null, null, null, null, null));

        assertThat(sql.sql()).isEqualTo("EXISTS (SELECT 1 FROM contact_activity a"
                + " WHERE a.account_id = c.account_id AND a.contact_id = c.id"
                + " AND a.result = ? AND a.campaign_id = ?)");
        assertThat(sql.parameters()).containsExactly("opened", "nl-2026-11");
    }

    @Test
    void activityPartsNarrowTheResultsInTheirOrder() {
        SqlCondition sql = CriteriaSql.of(new ActivityCondition("bounced", "nl-1", "email",
                "unknown_user", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), 30));

        assertThat(sql.sql()).isEqualTo("EXISTS (SELECT 1 FROM contact_activity a"
                + " WHERE a.account_id = c.account_id AND a.contact_id = c.id"
                + " AND a.result = ? AND a.campaign_id = ? AND a.channel = ?"
                + " AND a.bounce_category = ? AND a.occurred_at >= ? AND a.occurred_at < ?"
                + " AND a.occurred_at >= now() - make_interval(days => ?))");
        assertThat(sql.parameters()).containsExactly("bounced", "nl-1", "email",
                "unknown_user", OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.ofHours(1)),
                OffsetDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZoneOffset.ofHours(1)), 30);
    }

    @Test
    void combinationsNestInParenthesesWithParametersInTextOrder() {
        Criterion criterion = new AnyOf(List.of(
                field("company", "text", Operator.STARTS_WITH, "café"),
                new AllOf(List.of(
                        new FieldCondition("company", "text", Operator.EMPTY, List.of()),
                        new Not(field("custom.city", "text", Operator.EQUALS, "Lyon"))))));

        SqlCondition sql = CriteriaSql.of(criterion);

        assertThat(sql.sql()).isEqualTo("((c.company IS NOT NULL AND lower(c.company) LIKE"
                + " lower(?) ESCAPE '\\') OR (c.company IS NULL AND NOT coalesce(lower("
                + "(c.custom_fields ->> ?)) = lower(?), false)))");
        assertThat(sql.parameters()).containsExactly("café%", "city", "Lyon");
    }

    @Test
    void theTextDependsOnTheStructureOnly() {
        Criterion one = new AllOf(List.of(field("custom.city", "text", Operator.EQUALS, "Lyon"),
                new ActivityCondition("opened", "a", null, null, null, null, null)));
        Criterion other = new AllOf(List.of(field("custom.zip", "text", Operator.EQUALS,
                "' OR 1=1 --"), new ActivityCondition("clicked", "b", null, null, null, null,
                null)));

        assertThat(CriteriaSql.of(one).sql()).isEqualTo(CriteriaSql.of(other).sql());
        assertThat(CriteriaSql.of(other).parameters()).containsExactly("zip", "' OR 1=1 --",
                "clicked", "b");
    }

    @Test
    void unknownKeysAndTypesAreRefused() {
        assertThatThrownBy(() -> CriteriaSql.of(field("password", "text", Operator.EQUALS,
                "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a field of contacts: password");
        assertThatThrownBy(() -> CriteriaSql.of(field("custom.x'); drop table contacts; --",
                "text", Operator.EQUALS, "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CriteriaSql.of(field("custom.city", "money", Operator.EQUALS,
                "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CriteriaSql.of(field("created_at", "timestamp",
                Operator.CONTAINS, "2024"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Operator contains does not apply to created_at of type timestamp");
    }

    private static FieldCondition field(String key, String type, Operator operator,
            String value) {
        return new FieldCondition(key, type, operator, List.of(value));
    }
}
