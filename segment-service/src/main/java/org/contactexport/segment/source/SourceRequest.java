package org.contactexport.segment.source;

import io.swagger.v3.oas.annotations.media.Schema;

/** A source to resolve: a segment, a saved search, or a figure of a campaign's report. */
record SourceRequest(
        @Schema(description = "SEGMENT, SEARCH or CAMPAIGN_RESULT") String type,
        @Schema(description = "The segment's or search's id (SEGMENT, SEARCH)") String id,
        @Schema(description = "The campaign's id (CAMPAIGN_RESULT)") String campaign,
        @Schema(description = "The figure (CAMPAIGN_RESULT), e.g. opened") String result,
        @Schema(description = "With bounced only, e.g. unknown_user") String bounceCategory) {
}
