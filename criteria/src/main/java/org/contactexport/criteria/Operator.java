package org.contactexport.criteria;

/** What a field condition tests; the JSON name is the lower-case constant name. */
public enum Operator {
    EQUALS,
    DIFFERS,
    CONTAINS,
    STARTS_WITH,
    EMPTY,
    NOT_EMPTY,
    IN,
    BEFORE,
    AFTER,
    WITHIN_LAST_DAYS,
    GREATER,
    LESS;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
