package org.contactexport.contact.contact;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Which contacts and fields to stream.
 *
 * @param fields            the field keys, in the order of the values of each row
 * @param fromId            the first id, inclusive, or null
 * @param toId              the last id, inclusive, or null
 * @param criteria          the selection's criteria document (docs/criteria.md); every
 *                          contact of the range when null
 * @param excludeDoNotTrack whether contacts who asked not to be tracked are left out; false
 *                          when absent
 */
record StreamRequest(List<String> fields, Long fromId, Long toId, JsonNode criteria,
        Boolean excludeDoNotTrack) {

    boolean excludesDoNotTrack() {
        return Boolean.TRUE.equals(excludeDoNotTrack);
    }
}
