package org.contactexport.export.segments;

/** segment-service could not answer; the message is a sentence a person can read. */
public class SegmentServiceUnavailable extends RuntimeException {

    SegmentServiceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
