package org.contactexport.delivery.target;

/** The target's host is one the platform never connects to. */
class TargetRefusedException extends RuntimeException {

    TargetRefusedException(String message) {
        super(message);
    }
}
