package org.contactexport.criteria;

import java.util.List;

/**
 * A test on one catalogue field, e.g. JSON
 * {@code {"field": "custom.country", "op": "equals", "value": "FR"}}.
 *
 * @param field    the catalogue key, e.g. {@code email} or {@code custom.country}
 * @param type     the field's catalogue type, e.g. {@code text} or {@code timestamp}
 * @param operator what is tested
 * @param values   the operand in canonical text form, checked against the field's type by the
 *                 parser: none for {@code empty}/{@code not_empty}, several for {@code in},
 *                 one otherwise (a date {@code YYYY-MM-DD}, a number, {@code true}/{@code false},
 *                 a vocabulary key, or text as given)
 */
public record FieldCondition(String field, String type, Operator operator, List<String> values)
        implements Criterion {

    public FieldCondition {
        values = List.copyOf(values);
    }

    /** The single operand of a one-value operator. */
    public String value() {
        return values.get(0);
    }
}
