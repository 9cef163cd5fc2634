package org.contactexport.criteria;

import java.math.BigDecimal;
import java.util.List;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a criterion as its canonical document: the form {@link CriteriaParser} reads back to
 * an equal criterion, so services can store, copy and send criteria as JSON.
 */
public final class CriteriaJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private CriteriaJson() {
    }

    /** The canonical document as a tree, e.g. to embed in a request or an event. */
    public static JsonNode toJson(Criterion criterion) {
        // Recursive: a criterion from the parser nests at most 8 levels deep.
        if (criterion instanceof AllOf all) {
            return combination("all", all.conditions());
        }
        if (criterion instanceof AnyOf any) {
            return combination("any", any.conditions());
        }
        if (criterion instanceof Not not) {
            return NODES.objectNode().set("not", toJson(not.condition()));
        }
        if (criterion instanceof FieldCondition field) {
            return field(field);
        }
        return NODES.objectNode().set("activity", activity((ActivityCondition) criterion));
    }

    /** The canonical document as compact JSON text. */
    public static String write(Criterion criterion) {
        return MAPPER.writeValueAsString(toJson(criterion));
    }

    private static ObjectNode combination(String kind, List<Criterion> conditions) {
        ArrayNode array = NODES.arrayNode(conditions.size());
        conditions.forEach(condition -> array.add(toJson(condition)));
        return NODES.objectNode().set(kind, array);
    }

    private static ObjectNode field(FieldCondition condition) {
        ObjectNode node = NODES.objectNode()
                .put("field", condition.field())
                .put("op", condition.operator().jsonName());
        switch (condition.operator()) {
            case EMPTY, NOT_EMPTY -> {
                return node;
            }
            case IN -> {
                ArrayNode values = node.putArray("values");
                condition.values().forEach(value -> values.add(operand(condition, value)));
                return node;
            }
            default -> {
                return node.set("value", operand(condition, condition.value()));
            }
        }
    }

    /** A value as its type writes it: true/false and numbers unquoted, the rest as strings. */
    private static JsonNode operand(FieldCondition condition, String value) {
        FieldType type = FieldType.of(condition.type()).orElse(FieldType.TEXT);
        if (type.kind() == FieldType.ValueKind.BOOLEAN
                && (value.equals("true") || value.equals("false"))) {
            return NODES.booleanNode(Boolean.parseBoolean(value));
        }
        if (type.numeric(condition.operator())) {
            try {
                return NODES.numberNode(new BigDecimal(value));
            } catch (NumberFormatException notANumber) {
                // Not from the parser: written as given, and the parser will say what is wrong.
                return NODES.stringNode(value);
            }
        }
        return NODES.stringNode(value);
    }

    private static ObjectNode activity(ActivityCondition activity) {
        ObjectNode node = NODES.objectNode().put("result", activity.result());
        putIfPresent(node, "campaign", activity.campaign());
        putIfPresent(node, "channel", activity.channel());
        putIfPresent(node, "bounceCategory", activity.bounceCategory());
        if (activity.after() != null) {
            node.put("after", activity.after().toString());
        }
        if (activity.before() != null) {
            node.put("before", activity.before().toString());
        }
        if (activity.withinLastDays() != null) {
            node.put("withinLastDays", activity.withinLastDays().intValue());
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
