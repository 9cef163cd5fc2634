package org.contactexport.delivery.schedule;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A targeted source as segment-service resolves it: a segment or a search by id, or one
 * figure of a campaign's report.
 */
record SourceQuery(String type, String id, String campaign, String result,
        String bounceCategory) {

    /**
     * The query behind a schedule's reference: the id of a segment or search, or
     * {@code <campaign>/<result>} or {@code <campaign>/bounced/<category>}.
     *
     * @throws ScheduleProblem 400 for a missing reference or a campaign one of another shape
     */
    static SourceQuery of(ScheduleTemplate.Source source) {
        String type = source.type();
        String reference = source.reference();
        if (reference == null || reference.isBlank()) {
            throw ScheduleProblem.invalid("source.reference: give the id of the "
                    + (type.equals("CAMPAIGN_RESULT") ? "campaign result as <campaign>/<result>"
                    : type.equals("SEARCH") ? "search" : "segment") + ".");
        }
        if (!type.equals("CAMPAIGN_RESULT")) {
            return new SourceQuery(type, reference, null, null, null);
        }

        String[] parts = reference.split("/", -1);
        if (parts.length == 2) {
            return new SourceQuery(type, null, parts[0], parts[1], null);
        }
        if (parts.length == 3 && parts[1].equals("bounced")) {
            return new SourceQuery(type, null, parts[0], parts[1], parts[2]);
        }
        throw ScheduleProblem.invalid("source.reference: a campaign result is "
                + "<campaign>/<result> or <campaign>/bounced/<category>, not '" + reference
                + "'.");
    }

    /** How a message names it, e.g. {@code segment "most-active-emails"}. */
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
