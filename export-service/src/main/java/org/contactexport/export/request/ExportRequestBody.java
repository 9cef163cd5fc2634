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
        @Schema(description = "What to export") SourceBody source,
        @Schema(description = "\"MAIN\" for the 12 main fields, or a list of catalogue keys",
                example = "[\"email\",\"first_name\"]")
        Object fields,
        @Schema(description = "How the file is written; every option has a default")
        FileBody file,
        @JsonProperty("notify")
        @Schema(description = "Account users to email when the export ends")
        List<String> notifyUserIds) {

    /**
     * @param type ALL; SEGMENT, SEARCH and CAMPAIGN_RESULT are not supported yet
     * @param id   the segment, search or campaign figure, for the types that need one
     */
    record SourceBody(
            @Schema(example = "ALL",
                    allowableValues = {"ALL", "SEGMENT", "SEARCH", "CAMPAIGN_RESULT"})
            String type,
            String id) {
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
