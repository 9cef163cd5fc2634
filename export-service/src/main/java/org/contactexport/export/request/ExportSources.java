package org.contactexport.export.request;

import java.util.Set;
import org.contactexport.events.ExportSource;

/**
 * Resolves the source of a request into what the workers select.
 *
 * <p>Known shortcoming: only the whole base is supported yet; segments, searches and
 * campaign results will be resolved through segment-service into a criteria snapshot here,
 * and the rest of the flow already carries {@link ExportSource#criteria()}.
 */
final class ExportSources {

    private static final Set<String> COMING = Set.of("SEGMENT", "SEARCH", "CAMPAIGN_RESULT");

    private ExportSources() {
    }

    static ExportSource resolve(ExportRequestBody.SourceBody source) {
        String type = source == null || source.type() == null ? "ALL" : source.type();
        if (type.equals("ALL")) {
            return ExportSource.wholeBase();
        }
        if (COMING.contains(type)) {
            throw new InvalidExportRequest("source.type " + type
                    + " is not supported yet; use ALL to export the whole base");
        }
        throw new InvalidExportRequest("source.type must be ALL, SEGMENT, SEARCH or"
                + " CAMPAIGN_RESULT, not \"" + UnreadableBody.shown(type) + "\"");
    }
}
