package org.contactexport.segment.segment;

/** Built in and the same for every account, or defined by the account. */
enum SegmentKind {
    DEFAULT,
    CUSTOM
}
