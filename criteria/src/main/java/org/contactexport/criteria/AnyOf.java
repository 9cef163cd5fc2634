package org.contactexport.criteria;

import java.util.List;

/** Matches when at least one condition matches; JSON {@code {"any": [ ... ]}}. */
public record AnyOf(List<Criterion> conditions) implements Criterion {

    public AnyOf {
        conditions = List.copyOf(conditions);
    }
}
