package org.contactexport.export.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The body of {@code POST /api/v1/exports}. */
@Schema(description = "An export to run")
record ExportRequestBody(
        @Schema(description = "Shown in the history; default \"Export <date>\"",
                example = "Base complète")
        String name,
        @Schema(description = "What to export; required",
                requiredMode = Schema.RequiredMode.REQUIRED) SourceBody source,
        @Schema(description = "\"MAIN\" for the 12 main fields, or a list of catalogue keys",
                example = "[\"email\",\"first_name\"]")
        Object fields,
        @Schema(description = "How the file is written; every option has a default")
        FileBody file,
        @JsonProperty("notify")
        @Schema(description = "Account users to email when the export ends")
        List<String> notifyUserIds) {

    /**
     * @param type           what kind of source; required
     * @param id             the segment or search, for SEGMENT and SEARCH
     * @param campaign       the campaign, for CAMPAIGN_RESULT
     * @param result         the figure of the campaign's report, for CAMPAIGN_RESULT
     * @param bounceCategory narrows the result "bounced" to one category
     */
    @Schema(description = "What to export. Segment, search and campaign-result exports leave"
            + " out contacts who asked not to be tracked; the whole base keeps them. The"
            + " source is resolved when the export is accepted: editing the segment afterwards"
            + " does not change the export.",
            example = "{\"type\":\"SEGMENT\",\"id\":\"most-active-emails\"}")
    record SourceBody(
            @Schema(example = "SEGMENT", requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"ALL", "SEGMENT", "SEARCH", "CAMPAIGN_RESULT"})
            String type,
            @Schema(description = "SEGMENT: a default segment id (most-active-emails,"
                    + " sms-contacts, email-unsubscribes, sms-unsubscribes,"
                    + " bad-email-addresses, bad-mobile-numbers) or a custom segment's UUID;"
                    + " SEARCH: a saved search's UUID", example = "most-active-emails")
            String id,
            @Schema(description = "CAMPAIGN_RESULT: the campaign's id", example = "nl-2026-11")
            String campaign,
            @Schema(description = "CAMPAIGN_RESULT: the figure of the campaign's report",
                    example = "not_opened")
            String result,
            @Schema(description = "CAMPAIGN_RESULT with result \"bounced\": one category, e.g."
                    + " unknown_user; null for every bounce", nullable = true)
            String bounceCategory) {
    }

    record FileBody(
            @Schema(allowableValues = {"spreadsheet", "data"}, defaultValue = "spreadsheet")
            String dialect,
            @Schema(description = "One character; default \";\" (spreadsheet) or \",\" (data)")
            String delimiter,
            @Schema(description = "Default true (spreadsheet) or false (data)")
            Boolean bom,
            @Schema(allowableValues = {"labels_fr", "labels_en", "keys", "none"},
                    description = "Default labels_fr (spreadsheet) or keys (data)")
            String header,
            @Schema(defaultValue = "Europe/Paris", description = "IANA zone of the dates shown")
            String timeZone) {
    }
}
