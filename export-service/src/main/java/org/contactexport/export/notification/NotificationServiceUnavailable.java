package org.contactexport.export.notification;

/** notification-service could not say which users the account has. */
public class NotificationServiceUnavailable extends RuntimeException {

    NotificationServiceUnavailable(Throwable cause) {
        super("The users to notify could not be checked: notification-service is unavailable",
                cause);
    }
}
