package org.contactexport.segment.search;

import io.swagger.v3.oas.annotations.media.Schema;

/** A saved search of the contacts behind one figure of a campaign's report. */
record FigureSearchBody(
        @Schema(description = "The campaign's id", example = "nl-2026-11") String campaign,
        @Schema(description = "sent, delivered, opened, not_opened, clicked, bounced,"
                + " unsubscribed, complained or converted", example = "not_opened")
        String result,
        @Schema(description = "With bounced only: absent, unknown_user, bad_alias, bad_domain,"
                + " rejected or soft")
        String bounceCategory,
        @Schema(description = "Optional; by default the campaign's name and the figure, e.g."
                + " \"Newsletter novembre — non-ouvreurs\"")
        String name) {
}
