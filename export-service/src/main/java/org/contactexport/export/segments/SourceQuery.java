package org.contactexport.export.segments;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A targeted source to resolve: a segment or a search by id, or one figure of a campaign's
 * report.
 *
 * @param type           SEGMENT, SEARCH or CAMPAIGN_RESULT
 * @param id             the segment or search, for SEGMENT and SEARCH
 * @param campaign       the campaign, for CAMPAIGN_RESULT
 * @param result         the report's figure, e.g. {@code opened} or {@code not_opened}
 * @param bounceCategory narrows {@code bounced} to one category; may be null
 */
public record SourceQuery(String type, String id, String campaign, String result,
        String bounceCategory) {

    public static SourceQuery segmentOrSearch(String type, String id) {
        return new SourceQuery(type, id, null, null, null);
    }

    public static SourceQuery campaignResult(String campaign, String result,
            String bounceCategory) {
        return new SourceQuery("CAMPAIGN_RESULT", null, campaign, result, bounceCategory);
    }

    /**
     * The query behind a stored reference: the id of a segment or search, or
     * {@code <campaign>/<result>} or {@code <campaign>/bounced/<category>}.
     *
     * @throws IllegalArgumentException for a campaign reference of another shape
     */
    public static SourceQuery fromReference(String type, String reference) {
        if (!type.equals("CAMPAIGN_RESULT")) {
            return segmentOrSearch(type, reference);
        }

        String[] parts = reference == null ? new String[0] : reference.split("/", -1);
        if (parts.length == 2) {
            return campaignResult(parts[0], parts[1], null);
        }
        if (parts.length == 3 && parts[1].equals("bounced")) {
            return campaignResult(parts[0], parts[1], parts[2]);
        }
        throw new IllegalArgumentException("A campaign result reference is <campaign>/<result>"
                + " or <campaign>/bounced/<category>");
    }

    /** The reference a job keeps, as {@link #fromReference} reads it. */
    String reference() {
        if (!type.equals("CAMPAIGN_RESULT")) {
            return id;
        }
        return bounceCategory == null
                ? campaign + "/" + result
                : campaign + "/bounced/" + bounceCategory;
    }

    /** What segment-service names it by in its messages, e.g. {@code segment "x"}. */
    String described() {
        return switch (type) {
            case "SEGMENT" -> "segment \"" + id + "\"";
            case "SEARCH" -> "search \"" + id + "\"";
            default -> "result \"" + result + "\" of campaign \"" + campaign + "\"";
        };
    }

    /** The body of segment-service's resolve call, without the members the type ignores. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        if (type.equals("CAMPAIGN_RESULT")) {
            body.put("campaign", campaign);
            body.put("result", result);
            body.put("bounceCategory", bounceCategory);
        } else {
            body.put("id", id);
        }
        return body;
    }
}
