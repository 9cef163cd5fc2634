package org.contactexport.criteria;

/**
 * One node of a criteria tree: a combination of conditions or a single condition. A criterion
 * is always true or false for a contact, never unknown: a contact without a value does not
 * match {@code equals} and does match {@code differs} and {@code not}.
 */
public sealed interface Criterion
        permits AllOf, AnyOf, Not, FieldCondition, ActivityCondition {
}
