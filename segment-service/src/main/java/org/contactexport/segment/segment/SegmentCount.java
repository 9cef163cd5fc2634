package org.contactexport.segment.segment;

/** How many contacts a segment holds now, leaving out those who asked not to be tracked. */
record SegmentCount(String segment, long count) {
}
