package org.contactexport.delivery.schedule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.contactexport.delivery.PlainText;

/**
 * What each run exports: export-service resolves the source again at every run.
 *
 * @param file the file options; the data dialect (comma, no BOM, keys as header) by default
 */
record ScheduleTemplate(
        @NotNull @Valid Source source,
        @NotEmpty @Size(max = 500) List<@Pattern(regexp = "[A-Za-z0-9_.\\-]{1,100}") String>
                fields,
        @Valid File file) {

    /**
     * @param type      ALL, SEGMENT, SEARCH or CAMPAIGN_RESULT
     * @param reference the segment, search or campaign figure; none for ALL
     * @param name      the name the history shows: segment-service's name of the segment,
     *                  search or campaign figure, "Whole base" for ALL; a given one is ignored
     */
    record Source(
            @NotNull @Pattern(regexp = "ALL|SEGMENT|SEARCH|CAMPAIGN_RESULT") String type,
            @Size(max = 300) @PlainText String reference,
            @Size(max = 300) @PlainText String name) {
    }

    /** The CSV options; the export's time zone is the schedule's. */
    record File(
            @Pattern(regexp = "data|spreadsheet") String dialect,
            @Size(min = 1, max = 1) String delimiter,
            Boolean bom,
            @Pattern(regexp = "labels_fr|labels_en|keys|none") String header) {

        static File data() {
            return new File("data", ",", false, "keys");
        }

        File withDefaults() {
            File data = data();
            return new File(dialect != null ? dialect : data.dialect(),
                    delimiter != null ? delimiter : data.delimiter(),
                    bom != null ? bom : data.bom(),
                    header != null ? header : data.header());
        }
    }
}
