package org.contactexport.criteria;

import java.util.List;

/** Matches when every condition matches; JSON {@code {"all": [ ... ]}}. */
public record AllOf(List<Criterion> conditions) implements Criterion {

    public AllOf {
        conditions = List.copyOf(conditions);
    }
}
