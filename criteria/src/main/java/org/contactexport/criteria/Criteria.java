package org.contactexport.criteria;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Questions about a criterion as a whole. */
public final class Criteria {

    private Criteria() {
    }

    /** The catalogue keys of the fields the criterion tests, in document order. */
    public static Set<String> fields(Criterion criterion) {
        return collect(criterion, condition -> condition instanceof FieldCondition field
                ? field.field()
                : null);
    }

    /** The ids of the campaigns the criterion's activity conditions name, in document order. */
    public static Set<String> campaigns(Criterion criterion) {
        return collect(criterion, condition -> condition instanceof ActivityCondition activity
                ? activity.campaign()
                : null);
    }

    /** Walks without recursion, so a criterion built by hand may nest to any depth. */
    private static Set<String> collect(Criterion criterion, Function<Criterion, String> part) {
        Set<String> found = new LinkedHashSet<>();
        Deque<Criterion> pending = new ArrayDeque<>();
        pending.push(criterion);
        while (!pending.isEmpty()) {
            Criterion next = pending.pop();
            if (next instanceof AllOf all) {
                pushInOrder(all.conditions(), pending);
            } else if (next instanceof AnyOf any) {
                pushInOrder(any.conditions(), pending);
            } else if (next instanceof Not not) {
                pending.push(not.condition());
            } else {
                found.add(part.apply(next));
            }
        }
        found.remove(null);
        return Collections.unmodifiableSet(found);
    }

    /** Pushed last first, so that they are taken in document order. */
    private static void pushInOrder(List<Criterion> conditions, Deque<Criterion> pending) {
        for (int i = conditions.size() - 1; i >= 0; i--) {
            pending.push(conditions.get(i));
        }
    }
}
