package org.contactexport.export.contacts;

/** How many contacts a source selects and their id range; the ids are null when none. */
public record ContactBounds(long count, Long minId, Long maxId) {
}
