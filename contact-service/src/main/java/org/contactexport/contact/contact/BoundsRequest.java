package org.contactexport.contact.contact;

/**
 * Which contacts to count.
 *
 * @param criteria          the selection's criteria; not applied yet (see the stream request)
 * @param excludeDoNotTrack whether contacts who asked not to be tracked are left out; false
 *                          when absent
 */
record BoundsRequest(Object criteria, Boolean excludeDoNotTrack) {

    boolean excludesDoNotTrack() {
        return Boolean.TRUE.equals(excludeDoNotTrack);
    }
}
