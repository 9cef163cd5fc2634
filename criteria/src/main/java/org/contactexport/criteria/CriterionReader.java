package org.contactexport.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/**
 * Walks one criteria document, checking its shape and limits, and builds the criterion. Never
 * descends more than {@link Limits#MAX_DEPTH} combinations, so any nesting is safe to read.
 */
final class CriterionReader {

    private static final String ALL = "all";
    private static final String ANY = "any";
    private static final String NOT = "not";
    private static final String FIELD = "field";
    private static final String ACTIVITY = "activity";
    private static final List<String> KINDS = List.of(ALL, ANY, NOT, FIELD, ACTIVITY);

    private final Faults faults;
    private final FieldConditionReader fieldConditions;
    private final ActivityConditionReader activityConditions;
    private int conditions;

    CriterionReader(FieldCatalogue catalogue, Faults faults) {
        this.faults = faults;
        ValueReader values = new ValueReader(faults);
        this.fieldConditions = new FieldConditionReader(catalogue, values, faults);
        this.activityConditions = new ActivityConditionReader(values, faults);
    }

    /** The criterion, or null when a fault was recorded. */
    Criterion read(JsonNode node, String path, int depth) {
        if (node == null || !node.isObject()) {
            faults.add(path, "a criterion is a JSON object, not " + JsonTypes.describe(node),
                    KINDS);
            return null;
        }

        List<String> kinds = KINDS.stream().filter(node::has).toList();
        if (kinds.size() != 1) {
            faults.add(path, "a criterion has exactly one of the members \"all\", \"any\","
                    + " \"not\", \"field\" or \"activity\"; this one has "
                    + (kinds.isEmpty() ? noneOf(node) : String.join(" and ", kinds)), KINDS);
            return null;
        }
        return switch (kinds.get(0)) {
            case ALL, ANY, NOT -> combination(node, kinds.get(0), path, depth);
            case FIELD -> condition(path, () -> fieldConditions.read(node, path));
            default -> condition(path, () -> activityConditions.read(node, path));
        };
    }

    /** Names what the object holds instead, so that a misspelt member is easy to spot. */
    private static String noneOf(JsonNode node) {
        List<String> members = node.propertyNames().stream().limit(5).map(Quote::of).toList();
        return members.isEmpty() ? "none" : "none, only " + String.join(", ", members);
    }

    private Criterion combination(JsonNode node, String kind, String path, int depth) {
        if (depth >= Limits.MAX_DEPTH) {
            faults.add(path, "the criteria nest more than " + Limits.MAX_DEPTH
                    + " levels of \"all\", \"any\" and \"not\"");
            return null;
        }
        Members.refuseUnknown(node, path, List.of(kind), faults);

        String memberPath = Paths.member(path, kind);
        if (kind.equals(NOT)) {
            Criterion condition = read(node.get(NOT), memberPath, depth + 1);
            return condition == null ? null : new Not(condition);
        }
        List<Criterion> combined = combined(node.get(kind), kind, memberPath, depth);
        if (combined == null) {
            return null;
        }
        return kind.equals(ALL) ? new AllOf(combined) : new AnyOf(combined);
    }

    private List<Criterion> combined(JsonNode array, String kind, String path, int depth) {
        String expected = Quote.of(kind) + " takes an array of 1 to " + Limits.MAX_COMBINED
                + " criteria";
        if (!array.isArray()) {
            faults.add(path, expected + ", not " + JsonTypes.describe(array));
            return null;
        }
        boolean valid = true;
        if (array.isEmpty() || array.size() > Limits.MAX_COMBINED) {
            faults.add(path, expected + "; this one has " + array.size());
            valid = false;
        }

        List<Criterion> combined = new ArrayList<>();
        for (int i = 0; i < array.size() && !faults.stopBefore(); i++) {
            Criterion criterion = read(array.get(i), Paths.index(path, i), depth + 1);
            valid &= criterion != null;
            combined.add(criterion);
        }
        return valid && !faults.full() ? combined : null;
    }

    private Criterion condition(String path, Supplier<Criterion> reading) {
        conditions++;
        if (conditions == Limits.MAX_CONDITIONS + 1) {
            faults.add(path, "the criteria have more than " + Limits.MAX_CONDITIONS
                    + " conditions; this is one too many");
        }
        Criterion condition = reading.get();
        return conditions > Limits.MAX_CONDITIONS ? null : condition;
    }
}
