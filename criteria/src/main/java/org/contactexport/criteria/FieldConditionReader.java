package org.contactexport.criteria;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/** Reads {@code {"field": KEY, "op": OP, "value": V}} and its {@code values}/no-value forms. */
final class FieldConditionReader {

    private static final String FIELD = "field";
    private static final String OP = "op";
    private static final String VALUE = "value";
    private static final String VALUES = "values";
    private static final List<String> ANY_MEMBERS = List.of(FIELD, OP, VALUE, VALUES);
    private static final List<String> ALL_OPERATORS =
            Arrays.stream(Operator.values()).map(Operator::jsonName).toList();

    private final FieldCatalogue catalogue;
    private final ValueReader values;
    private final Faults faults;

    FieldConditionReader(FieldCatalogue catalogue, ValueReader values, Faults faults) {
        this.catalogue = catalogue;
        this.values = values;
        this.faults = faults;
    }

    Criterion read(JsonNode node, String path) {
        String field = field(node.get(FIELD), path);
        FieldType type = field == null ? null : catalogue.type(field).orElse(null);
        Operator operator = operator(node.get(OP), path, field, type);
        Members.refuseUnknown(node, path, members(operator), faults);
        if (type == null || operator == null) {
            return null;
        }

        List<String> operands = operands(node, path, type, operator);
        return operands == null
                ? null
                : new FieldCondition(field, type.catalogueName(), operator, operands);
    }

    private String field(JsonNode node, String path) {
        String fieldPath = Paths.member(path, FIELD);
        if (node == null || !node.isString()) {
            faults.add(fieldPath, "\"field\" is a JSON string, a key of the field catalogue, not "
                    + JsonTypes.describe(node), catalogue.keys());
            return null;
        }

        String field = node.stringValue();
        if (catalogue.type(field).isEmpty()) {
            faults.add(fieldPath, "unknown field " + Quote.of(field), catalogue.keys());
        }
        return field;
    }

    private Operator operator(JsonNode node, String path, String field, FieldType type) {
        String opPath = Paths.member(path, OP);
        List<String> allowed = type == null ? ALL_OPERATORS : type.operatorNames();
        if (node == null) {
            Members.refuseMissing(path, OP, allowed, faults);
            return null;
        }
        if (!node.isString()) {
            faults.add(opPath, "\"op\" is a JSON string, an operator, not "
                    + JsonTypes.describe(node), allowed);
            return null;
        }

        Optional<Operator> operator = operatorNamed(node.stringValue());
        if (operator.isEmpty()) {
            faults.add(opPath, "unknown operator " + Quote.of(node.stringValue()), allowed);
            return null;
        }
        if (type != null && !type.allows(operator.get())) {
            faults.add(opPath, "operator " + Quote.of(operator.get().jsonName())
                    + " does not apply to field " + Quote.of(field) + " of type "
                    + type.catalogueName(), allowed);
            return null;
        }
        return operator.get();
    }

    private List<String> operands(JsonNode node, String path, FieldType type, Operator op) {
        if (op == Operator.EMPTY || op == Operator.NOT_EMPTY) {
            return List.of();
        }
        if (op == Operator.IN) {
            return inValues(node.get(VALUES), Paths.member(path, VALUES), type);
        }

        if (!node.has(VALUE)) {
            Members.refuseMissing(path, VALUE, type.vocabulary(), faults);
            return null;
        }
        String value = values.fieldValue(type, op, node.get(VALUE), Paths.member(path, VALUE));
        return value == null ? null : List.of(value);
    }

    private List<String> inValues(JsonNode array, String path, FieldType type) {
        String expected = "\"in\" takes an array of 1 to " + Limits.MAX_IN_VALUES + " values";
        if (array == null || !array.isArray()) {
            faults.add(path, expected + ", not " + JsonTypes.describe(array), type.vocabulary());
            return null;
        }
        boolean valid = true;
        if (array.isEmpty() || array.size() > Limits.MAX_IN_VALUES) {
            faults.add(path, expected + "; this one has " + array.size(), type.vocabulary());
            valid = false;
        }

        List<String> operands = new ArrayList<>();
        for (int i = 0; i < array.size() && !faults.stopBefore(); i++) {
            String value = values.fieldValue(type, Operator.IN, array.get(i),
                    Paths.index(path, i));
            valid &= value != null;
            operands.add(value);
        }
        return valid ? operands : null;
    }

    private static List<String> members(Operator operator) {
        if (operator == null) {
            return ANY_MEMBERS;
        }
        return switch (operator) {
            case EMPTY, NOT_EMPTY -> List.of(FIELD, OP);
            case IN -> List.of(FIELD, OP, VALUES);
            default -> List.of(FIELD, OP, VALUE);
        };
    }

    /** Operators are written in lower case only, as {@link Operator#jsonName()} gives them. */
    private static Optional<Operator> operatorNamed(String name) {
        return Arrays.stream(Operator.values())
                .filter(operator -> operator.jsonName().equals(name))
                .findFirst();
    }
}
