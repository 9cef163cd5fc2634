package org.contactexport.contact.importing;

/** A cell whose value its column's type does not accept. Cheap: it has no stack trace. */
class InvalidValueException extends RuntimeException {

    InvalidValueException(String message) {
        super(message, null, false, false);
    }
}
