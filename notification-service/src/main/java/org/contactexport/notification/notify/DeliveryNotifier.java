package org.contactexport.notification.notify;

import org.contactexport.events.DeliveryFailed;
import org.contactexport.events.DeliveryScheduleEnding;
import org.springframework.stereotype.Service;

/**
 * Emails a schedule's users when a delivery failed for good (once per delivery) and when the
 * schedule is about to end (once per end date).
 */
@Service
class DeliveryNotifier {

    private final Notifier notifier;
    private final DeliveryEmails emails;

    DeliveryNotifier(Notifier notifier, DeliveryEmails emails) {
        this.notifier = notifier;
        this.emails = emails;
    }

    void deliveryFailed(DeliveryFailed event) {
        NotifiedEvent notified = NotifiedEvent.deliveryFailed(event.deliveryId(),
                event.exportId(), event.scheduleId());

        notifier.notifyUsers(notified, event.accountId(), event.notifyUserIds(),
                recipient -> emails.failed(recipient, event));
    }

    void scheduleEnding(DeliveryScheduleEnding event) {
        NotifiedEvent notified = NotifiedEvent.scheduleEnding(event.scheduleId(), event.endsOn());

        notifier.notifyUsers(notified, event.accountId(), event.notifyUserIds(),
                recipient -> emails.scheduleEnding(recipient, event));
    }
}
