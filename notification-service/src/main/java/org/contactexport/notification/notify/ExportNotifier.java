package org.contactexport.notification.notify;

import org.contactexport.events.ExportCompleted;
import org.contactexport.events.ExportFailed;
import org.springframework.stereotype.Service;

/** Emails the users an export event names, each at most once per export. */
@Service
class ExportNotifier {

    private final Notifier notifier;
    private final ExportEmails emails;

    ExportNotifier(Notifier notifier, ExportEmails emails) {
        this.notifier = notifier;
        this.emails = emails;
    }

    void exportCompleted(ExportCompleted event) {
        NotifiedEvent notified = NotifiedEvent.ofExport(EventKind.EXPORT_COMPLETED,
                event.exportId(), event.scheduleId());

        notifier.notifyUsers(notified, event.accountId(), event.notifyUserIds(),
                recipient -> emails.completed(recipient, event));
    }

    void exportFailed(ExportFailed event) {
        NotifiedEvent notified = NotifiedEvent.ofExport(EventKind.EXPORT_FAILED,
                event.exportId(), event.scheduleId());

        notifier.notifyUsers(notified, event.accountId(), event.notifyUserIds(),
                recipient -> emails.failed(recipient, event));
    }
}
