package org.contactexport.segment;

/** The request clashes with what is stored; the message says what to do instead. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
