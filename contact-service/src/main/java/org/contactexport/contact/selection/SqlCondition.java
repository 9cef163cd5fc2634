package org.contactexport.contact.selection;

import java.util.List;

/**
 * A SQL boolean condition over {@code contacts c} and the values of its placeholders, in the
 * order they appear in the text.
 *
 * @param sql        the condition, true or false for every contact, never NULL
 * @param parameters one value per {@code ?} of {@code sql}
 */
public record SqlCondition(String sql, List<Object> parameters) {

    /** Every contact. */
    public static final SqlCondition ALWAYS = new SqlCondition("true", List.of());

    public SqlCondition {
        parameters = List.copyOf(parameters);
    }
}
