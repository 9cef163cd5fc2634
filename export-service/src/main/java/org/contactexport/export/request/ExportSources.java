package org.contactexport.export.request;

import java.util.Set;
import org.contactexport.export.segments.SourceQuery;

/**
 * Checks the source of a request before anything is asked of segment-service: the whole
 * base needs nothing more; a segment or a search needs its id, a campaign result its campaign
 * and result.
 */
final class ExportSources {

    private static final Set<String> BY_ID = Set.of("SEGMENT", "SEARCH");
    private static final int MAX_ID = 100;
    private static final int MAX_KEY = 50;

    private ExportSources() {
    }

    /** @return null for the whole base, else what segment-service must resolve */
    static SourceQuery query(ExportRequestBody.SourceBody source) {
        // No default: a misspelt "source" or "type" must not quietly export the whole base,
        // do-not-track contacts included, instead of the segment the person meant.
        if (source == null) {
            throw new InvalidExportRequest("source is required: {\"type\":\"ALL\"} for the"
                    + " whole base, or a SEGMENT, SEARCH or CAMPAIGN_RESULT");
        }
        if (source.type() == null) {
            throw new InvalidExportRequest("source.type is required: ALL, SEGMENT, SEARCH or"
                    + " CAMPAIGN_RESULT");
        }
        String type = source.type();
        if (type.equals("ALL")) {
            return null;
        }
        if (BY_ID.contains(type)) {
            String what = type.equals("SEGMENT") ? "segment" : "search";
            return SourceQuery.segmentOrSearch(type,
                    required(source.id(), "id", type, "the " + what + "'s id", MAX_ID));
        }
        if (type.equals("CAMPAIGN_RESULT")) {
            return campaignResult(source);
        }
        throw new InvalidExportRequest("source.type must be ALL, SEGMENT, SEARCH or"
                + " CAMPAIGN_RESULT, not \"" + UnreadableBody.shown(type) + "\"");
    }

    private static SourceQuery campaignResult(ExportRequestBody.SourceBody source) {
        String type = "CAMPAIGN_RESULT";
        String campaign = required(source.campaign(), "campaign", type, "the campaign's id",
                MAX_ID);
        String result = required(source.result(), "result", type,
                "the report's figure, e.g. \"opened\" or \"not_opened\"", MAX_KEY);
        String category = source.bounceCategory();
        if (category != null) {
            required(category, "bounceCategory", type, "a bounce category or null", MAX_KEY);
        }
        return SourceQuery.campaignResult(campaign, result, category);
    }

    private static String required(String value, String member, String type, String what,
            int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidExportRequest("source." + member + " is required for a " + type
                    + " source: " + what);
        }
        if (value.length() > maxLength || value.contains("/")
                || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidExportRequest("source." + member + " must be at most " + maxLength
                    + " characters, without / or control characters");
        }
        return value;
    }
}
