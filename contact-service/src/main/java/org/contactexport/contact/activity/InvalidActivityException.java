package org.contactexport.contact.activity;

/** A campaign result that cannot be recorded as given; the message says what to fix. */
class InvalidActivityException extends RuntimeException {

    InvalidActivityException(String message) {
        super(message);
    }
}
