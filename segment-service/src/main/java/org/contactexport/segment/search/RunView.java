package org.contactexport.segment.search;

import java.time.Instant;

/** A past run of a saved search. */
record RunView(int revision, long count, String ranBy, Instant ranAt) {
}
