package org.contactexport.notification.notify;

/**
 * The SMTP server did not accept an email. The consumer retries the event, then sends it to
 * the dead-letter topic. The mail exception is not kept as the cause because its message can
 * carry the recipient's address; only its type is.
 */
class EmailNotSentException extends RuntimeException {

    EmailNotSentException(String userId, NotifiedEvent event, Exception cause) {
        super("The email to user " + userId + " about " + event
                + " was not accepted by the SMTP server (" + cause.getClass().getName() + ")");
    }
}
