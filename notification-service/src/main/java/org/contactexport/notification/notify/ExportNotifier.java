package org.contactexport.notification.notify;

import org.contactexport.events.ExportCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.contactexport.events.ExportFailed;
import org.springframework.stereotype.Service;

/** Emails the users an export event names, each at most once per export. */
@Service
class ExportNotifier {

    private static final Logger log = LoggerFactory.getLogger(ExportNotifier.class);

    private final Notifier notifier;
    private final ExportEmails emails;

    ExportNotifier(Notifier notifier, ExportEmails emails) {
        this.notifier = notifier;
        this.emails = emails;
    }

    void exportCompleted(ExportCompleted event) {
        if (event.scheduleId() != null) {
            // An automated export is not the end of its story: the file still has to reach the
            // SFTP server. Its users hear of a failed delivery, not of every hourly file.
            log.debug("Export {} is automated: its delivery, not its file, is notified",
                    event.exportId());
            return;
        }
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
