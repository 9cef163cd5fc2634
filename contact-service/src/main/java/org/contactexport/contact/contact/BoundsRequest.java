package org.contactexport.contact.contact;

import tools.jackson.databind.JsonNode;

/**
 * Which contacts to count.
 *
 * @param criteria          the selection's criteria document (docs/criteria.md); every
 *                          contact when null
 * @param excludeDoNotTrack whether contacts who asked not to be tracked are left out; false
 *                          when absent
 */
record BoundsRequest(JsonNode criteria, Boolean excludeDoNotTrack) {

    boolean excludesDoNotTrack() {
        return Boolean.TRUE.equals(excludeDoNotTrack);
    }
}
