package org.contactexport.criteria;

/** Matches when its condition does not; JSON {@code {"not": { ... }}}. */
public record Not(Criterion condition) implements Criterion {
}
