package org.contactexport.segment.campaign;

import org.contactexport.criteria.Criterion;

/**
 * A figure of an existing campaign.
 *
 * @param reference e.g. {@code nl-2026-11/opened}
 * @param name      e.g. {@code Newsletter novembre — ouvreurs}
 * @param criteria  the contacts behind the figure
 */
public record NamedFigure(String reference, String name, Criterion criteria) {
}
