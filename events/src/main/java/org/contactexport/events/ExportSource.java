package org.contactexport.events;

/**
 * What an export selects, resolved when the request was accepted.
 *
 * @param type      ALL, SEGMENT, SEARCH or CAMPAIGN_RESULT
 * @param reference the segment, search or campaign figure id; null for ALL
 * @param name      the name the history shows, e.g. "Whole base" or the segment's name
 * @param criteria  the criteria snapshot as a JSON document; null for ALL
 * @param excludeDoNotTrack whether contacts who asked not to be tracked are left out
 */
public record ExportSource(
        String type, String reference, String name, String criteria, boolean excludeDoNotTrack) {

    public static ExportSource wholeBase() {
        return new ExportSource("ALL", null, "Whole base", null, false);
    }
}
