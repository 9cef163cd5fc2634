package org.contactexport.criteria;

import static org.contactexport.criteria.Operator.AFTER;
import static org.contactexport.criteria.Operator.BEFORE;
import static org.contactexport.criteria.Operator.CONTAINS;
import static org.contactexport.criteria.Operator.DIFFERS;
import static org.contactexport.criteria.Operator.EMPTY;
import static org.contactexport.criteria.Operator.EQUALS;
import static org.contactexport.criteria.Operator.GREATER;
import static org.contactexport.criteria.Operator.IN;
import static org.contactexport.criteria.Operator.LESS;
import static org.contactexport.criteria.Operator.NOT_EMPTY;
import static org.contactexport.criteria.Operator.STARTS_WITH;
import static org.contactexport.criteria.Operator.WITHIN_LAST_DAYS;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A catalogue type as criteria see it: the operators it allows and the kind of its values. */
enum FieldType {
    TEXT("text", ValueKind.TEXT, List.of()),
    EMAIL("email", ValueKind.TEXT, List.of()),
    PHONE("phone", ValueKind.TEXT, List.of()),
    NUMBER("number", ValueKind.NUMBER, List.of()),
    ACTIVITY_LEVEL("activity_level", ValueKind.ACTIVITY_LEVEL, List.of()),
    BOOLEAN("boolean", ValueKind.BOOLEAN, List.of()),
    EMAIL_STATUS("email_status", ValueKind.VOCABULARY, Vocabularies.EMAIL_STATUSES),
    MOBILE_STATUS("mobile_status", ValueKind.VOCABULARY, Vocabularies.MOBILE_STATUSES),
    BOUNCE_CATEGORY("bounce_category", ValueKind.VOCABULARY, Vocabularies.BOUNCE_CATEGORIES),
    TIMESTAMP("timestamp", ValueKind.DAY, List.of()),
    DATE("date", ValueKind.DAY, List.of());

    /** What a field's value is written as in a document and in {@link FieldCondition}. */
    enum ValueKind {
        TEXT(List.of(EQUALS, DIFFERS, CONTAINS, STARTS_WITH, IN, EMPTY, NOT_EMPTY)),
        NUMBER(List.of(EQUALS, DIFFERS, GREATER, LESS, IN, EMPTY, NOT_EMPTY)),
        ACTIVITY_LEVEL(NUMBER.operators),
        BOOLEAN(List.of(EQUALS, EMPTY, NOT_EMPTY)),
        VOCABULARY(List.of(EQUALS, DIFFERS, IN, EMPTY, NOT_EMPTY)),
        DAY(List.of(BEFORE, AFTER, WITHIN_LAST_DAYS, EMPTY, NOT_EMPTY));

        private final List<Operator> operators;

        ValueKind(List<Operator> operators) {
            this.operators = operators;
        }
    }

    private final String catalogueName;
    private final ValueKind kind;
    private final List<String> vocabulary;

    FieldType(String catalogueName, ValueKind kind, List<String> vocabulary) {
        this.catalogueName = catalogueName;
        this.kind = kind;
        this.vocabulary = vocabulary;
    }

    static Optional<FieldType> of(String catalogueName) {
        return Arrays.stream(values())
                .filter(type -> type.catalogueName.equals(catalogueName))
                .findFirst();
    }

    String catalogueName() {
        return catalogueName;
    }

    ValueKind kind() {
        return kind;
    }

    List<String> vocabulary() {
        return vocabulary;
    }

    boolean allows(Operator operator) {
        return kind.operators.contains(operator);
    }

    List<String> operatorNames() {
        return kind.operators.stream().map(Operator::jsonName).toList();
    }

    /** Whether a document writes this type's values as JSON numbers for that operator. */
    boolean numeric(Operator operator) {
        return operator == WITHIN_LAST_DAYS
                || kind == ValueKind.NUMBER || kind == ValueKind.ACTIVITY_LEVEL;
    }
}
