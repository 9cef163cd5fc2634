package org.contactexport.contact.contact;

import java.util.List;

/**
 * Which contacts and fields to stream.
 *
 * @param fields            the field keys, in the order of the values of each row
 * @param fromId            the first id, inclusive, or null
 * @param toId              the last id, inclusive, or null
 * @param criteria          the selection's criteria; not applied yet: segment-service does not
 *                          define them, so every contact of the range is streamed
 * @param excludeDoNotTrack whether contacts who asked not to be tracked are left out; false
 *                          when absent
 */
record StreamRequest(List<String> fields, Long fromId, Long toId, Object criteria,
        Boolean excludeDoNotTrack) {

    boolean excludesDoNotTrack() {
        return Boolean.TRUE.equals(excludeDoNotTrack);
    }
}
