package org.contactexport.notification.notify;

import java.util.UUID;

/**
 * The SMTP server did not accept an email. The consumer retries the event, then sends it to
 * the dead-letter topic. The mail exception is not kept as the cause because its message can
 * carry the recipient's address; only its type is.
 */
class EmailNotSentException extends RuntimeException {

    EmailNotSentException(String userId, UUID exportId, Exception cause) {
        super("The email to user " + userId + " about export " + exportId
                + " was not accepted by the SMTP server (" + cause.getClass().getName() + ")");
    }
}
