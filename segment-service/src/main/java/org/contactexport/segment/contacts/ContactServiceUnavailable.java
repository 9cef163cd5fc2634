package org.contactexport.segment.contacts;

/** contact-service could not answer; the message is a sentence a person can read. */
public class ContactServiceUnavailable extends RuntimeException {

    public ContactServiceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
