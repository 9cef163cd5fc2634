package org.contactexport.contact.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.contactexport.contact.field.FieldCatalogues;
import org.contactexport.contact.field.FieldDefinition;
import org.contactexport.contact.field.FieldType;
import org.contactexport.contact.field.StandardField;
import org.contactexport.criteria.ActivityCondition;
import org.contactexport.criteria.AllOf;
import org.contactexport.criteria.AnyOf;
import org.contactexport.criteria.Criterion;
import org.contactexport.criteria.FieldCondition;
import org.contactexport.criteria.Not;
import org.contactexport.criteria.Operator;

/**
 * Translates a criterion into one SQL condition over {@code contacts c}. The text depends only
 * on the criterion's structure (its fields, operators and activity parts), never on a value:
 * every value, custom field names included, is a bind parameter. So PostgreSQL can reuse one
 * plan for every value, and no value can change what the SQL means.
 *
 * <p>Every condition is two-valued, so that {@code not} and {@code differs} match contacts
 * without a value: a comparison on a standard column is guarded by {@code IS NOT NULL}, which
 * keeps the column's index usable, and one on a custom field by {@code coalesce(…, false)}.
 */
public final class CriteriaSql {

    /** The platform's time zone, in which the days of criteria begin. */
    public static final ZoneId PLATFORM_ZONE = ZoneId.of("Europe/Paris");

    private static final String LIKE = " LIKE lower(?) ESCAPE '\\'";
    private static final String IN_LOWER_TEXTS =
            " = ANY (SELECT lower(v) FROM unnest(?::text[]) AS v)";

    private CriteriaSql() {
    }

    /** The condition of a criterion; {@link SqlCondition#ALWAYS} for none. */
    public static SqlCondition of(Criterion criterion) {
        if (criterion == null) {
            return SqlCondition.ALWAYS;
        }
        List<Object> parameters = new ArrayList<>();
        String sql = translate(criterion, parameters);
        return new SqlCondition(sql, parameters);
    }

    private static String translate(Criterion criterion, List<Object> parameters) {
        if (criterion instanceof AllOf all) {
            return joined(all.conditions(), " AND ", parameters);
        }
        if (criterion instanceof AnyOf any) {
            return joined(any.conditions(), " OR ", parameters);
        }
        if (criterion instanceof Not not) {
            return "NOT " + translate(not.condition(), parameters);
        }
        if (criterion instanceof FieldCondition field) {
            return field(field, parameters);
        }
        return activity((ActivityCondition) criterion, parameters);
    }

    private static String joined(List<Criterion> conditions, String operator,
            List<Object> parameters) {
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("A combination needs at least one condition");
        }
        List<String> parts = new ArrayList<>(conditions.size());
        for (Criterion condition : conditions) {
            parts.add(translate(condition, parameters));
        }
        return "(" + String.join(operator, parts) + ")";
    }

    private static String field(FieldCondition condition, List<Object> parameters) {
        FieldColumn column = column(condition.field(), condition.type());
        Operator operator = condition.operator();
        if (operator == Operator.EMPTY || operator == Operator.NOT_EMPTY) {
            String test = operator == Operator.EMPTY ? " IS NULL" : " IS NOT NULL";
            return column.present(parameters) + test;
        }
        return switch (column.type()) {
            case TEXT, EMAIL, PHONE -> text(column, condition, parameters);
            case NUMBER, ACTIVITY_LEVEL -> number(column, condition, parameters);
            case BOOLEAN -> bool(column, condition, parameters);
            case EMAIL_STATUS, MOBILE_STATUS, BOUNCE_CATEGORY ->
                    vocabulary(column, condition, parameters);
            case TIMESTAMP, DATE -> time(column, condition, parameters);
        };
    }

    private static String text(FieldColumn column, FieldCondition condition,
            List<Object> parameters) {
        String lower = "lower(" + column.value(parameters) + ")";
        return switch (condition.operator()) {
            case EQUALS -> column.known(lower + " = lower(?)", condition.value(), parameters);
            case DIFFERS -> "NOT " + column.known(lower + " = lower(?)", condition.value(),
                    parameters);
            case CONTAINS -> column.known(lower + LIKE,
                    "%" + escapeLike(condition.value()) + "%", parameters);
            case STARTS_WITH -> column.known(lower + LIKE,
                    escapeLike(condition.value()) + "%", parameters);
            case IN -> column.known(lower + IN_LOWER_TEXTS,
                    condition.values().toArray(String[]::new), parameters);
            default -> throw unsupported(condition, column);
        };
    }

    private static String number(FieldColumn column, FieldCondition condition,
            List<Object> parameters) {
        String value = column.value(parameters);
        return switch (condition.operator()) {
            case EQUALS -> column.known(value + " = ?::numeric", decimal(condition.value()),
                    parameters);
            case DIFFERS -> "NOT " + column.known(value + " = ?::numeric",
                    decimal(condition.value()), parameters);
            case GREATER -> column.known(value + " > ?::numeric", decimal(condition.value()),
                    parameters);
            case LESS -> column.known(value + " < ?::numeric", decimal(condition.value()),
                    parameters);
            case IN -> column.known(value + " = ANY (?::numeric[])",
                    condition.values().stream().map(CriteriaSql::decimal).toArray(String[]::new),
                    parameters);
            default -> throw unsupported(condition, column);
        };
    }

    private static String bool(FieldColumn column, FieldCondition condition,
            List<Object> parameters) {
        if (condition.operator() != Operator.EQUALS) {
            throw unsupported(condition, column);
        }
        boolean value = Boolean.parseBoolean(condition.value());
        String sql = column.value(parameters) + " = ?";
        // A custom boolean is read as the text of its JSON value, true or false.
        return column.isCustom()
                ? column.known(sql, Boolean.toString(value), parameters)
                : column.known(sql, value, parameters);
    }

    private static String vocabulary(FieldColumn column, FieldCondition condition,
            List<Object> parameters) {
        String value = column.value(parameters);
        return switch (condition.operator()) {
            case EQUALS -> column.known(value + " = ?", condition.value(), parameters);
            case DIFFERS -> "NOT " + column.known(value + " = ?", condition.value(),
                    parameters);
            case IN -> column.known(value + " = ANY (?::text[])",
                    condition.values().toArray(String[]::new), parameters);
            default -> throw unsupported(condition, column);
        };
    }

    private static String time(FieldColumn column, FieldCondition condition,
            List<Object> parameters) {
        String value = column.value(parameters);
        boolean date = column.type() == FieldType.DATE;
        return switch (condition.operator()) {
            case BEFORE -> column.known(value + " < ?", day(condition.value(), date),
                    parameters);
            case AFTER -> column.known(value + " >= ?", day(condition.value(), date),
                    parameters);
            case WITHIN_LAST_DAYS -> column.known(value + (date
                            ? " >= (now() AT TIME ZONE 'Europe/Paris')::date - ?"
                            : " >= now() - make_interval(days => ?)"),
                    Integer.valueOf(condition.value()), parameters);
            default -> throw unsupported(condition, column);
        };
    }

    private static String activity(ActivityCondition activity, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("EXISTS (SELECT 1 FROM contact_activity a"
                + " WHERE a.account_id = c.account_id AND a.contact_id = c.id AND a.result = ?");
        parameters.add(required(activity.result(), "result"));
        narrow(sql, " AND a.campaign_id = ?", activity.campaign(), parameters);
        narrow(sql, " AND a.channel = ?", activity.channel(), parameters);
        narrow(sql, " AND a.bounce_category = ?", activity.bounceCategory(), parameters);
        narrow(sql, " AND a.occurred_at >= ?",
                activity.after() == null ? null : dayStart(activity.after()), parameters);
        narrow(sql, " AND a.occurred_at < ?",
                activity.before() == null ? null : dayStart(activity.before()), parameters);
        narrow(sql, " AND a.occurred_at >= now() - make_interval(days => ?)",
                activity.withinLastDays(), parameters);
        return sql.append(')').toString();
    }

    private static void narrow(StringBuilder sql, String condition, Object value,
            List<Object> parameters) {
        if (value != null) {
            sql.append(condition);
            parameters.add(value);
        }
    }

    private static FieldColumn column(String key, String type) {
        if (key != null && key.startsWith(FieldDefinition.CUSTOM_PREFIX)) {
            String name = key.substring(FieldDefinition.CUSTOM_PREFIX.length());
            FieldType customType = FieldType.ofCustomKey(type == null ? "" : type)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Not a custom field type: " + type + " of " + key));
            if (!FieldCatalogues.CUSTOM_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a custom field name: " + key);
            }
            return FieldColumn.custom(name, customType);
        }
        StandardField standard = StandardField.byKey(key == null ? "" : key).orElseThrow(
                () -> new IllegalArgumentException("Not a field of contacts: " + key));
        return FieldColumn.standard(standard);
    }

    /** The start of a day in the platform's time zone, as an instant PostgreSQL compares. */
    private static Object dayStart(LocalDate day) {
        return day.atStartOfDay(PLATFORM_ZONE).toOffsetDateTime();
    }

    private static Object day(String value, boolean date) {
        LocalDate day = LocalDate.parse(value);
        return date ? day : dayStart(day);
    }

    /** Numbers travel as text and are cast by SQL, so they keep every digit given. */
    private static String decimal(String value) {
        return new BigDecimal(value).toPlainString();
    }

    /** {@code %}, {@code _} and the escape character itself are plain characters. */
    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String required(String value, String part) {
        if (value == null) {
            throw new IllegalArgumentException("An activity condition needs a " + part);
        }
        return value;
    }

    private static IllegalArgumentException unsupported(FieldCondition condition,
            FieldColumn column) {
        return new IllegalArgumentException("Operator " + condition.operator().jsonName()
                + " does not apply to " + condition.field() + " of type " + column.type().key());
    }
}
