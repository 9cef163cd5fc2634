package org.contactexport.notification.notify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.contactexport.events.ExportCompleted;
import org.contactexport.events.ExportFailed;
import org.contactexport.notification.user.Recipient;
import org.contactexport.notification.user.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Emails the users an export event names, each at most once per event.
 *
 * <p>Known limit (SMTP is at-least-once): the row is PENDING while the email is handed over and
 * becomes SENT only after the SMTP server accepted it. If the process dies after the server
 * accepted the email and before the row is marked SENT, the redelivered event sends that one
 * email a second time. Nothing can close that window without the SMTP server taking part.
 */
@Service
class ExportNotifier {

    private static final Logger log = LoggerFactory.getLogger(ExportNotifier.class);

    private final UserDirectory users;
    private final NotificationLedger ledger;
    private final ExportEmails emails;
    private final EmailSender sender;

    ExportNotifier(UserDirectory users, NotificationLedger ledger, ExportEmails emails,
            EmailSender sender) {
        this.users = users;
        this.ledger = ledger;
        this.emails = emails;
        this.sender = sender;
    }

    void exportCompleted(ExportCompleted event) {
        notifyUsers(EventKind.EXPORT_COMPLETED, event.exportId(), event.accountId(),
                event.notifyUserIds(), recipient -> emails.completed(recipient, event));
    }

    void exportFailed(ExportFailed event) {
        notifyUsers(EventKind.EXPORT_FAILED, event.exportId(), event.accountId(),
                event.notifyUserIds(), recipient -> emails.failed(recipient, event));
    }

    private void notifyUsers(EventKind kind, UUID exportId, String accountId,
            List<String> userIds, Function<Recipient, Email> email) {
        if (userIds == null || userIds.isEmpty()) {
            return;
        }

        for (String userId : new LinkedHashSet<>(userIds)) {
            Optional<Recipient> recipient = users.recipient(accountId, userId);
            if (recipient.isEmpty()) {
                log.warn("User {} named by export {} is not a user of account {}; not notified",
                        userId, exportId, accountId);
                continue;
            }
            notifyOnce(kind, exportId, accountId, recipient.get(), email);
        }
    }

    private void notifyOnce(EventKind kind, UUID exportId, String accountId,
            Recipient recipient, Function<Recipient, Email> email) {
        Optional<Notification> owed = ledger.claim(kind, exportId, accountId, recipient.userId());
        if (owed.isEmpty()) {
            log.info("User {} was already notified of {} for export {}; nothing sent again",
                    recipient.userId(), kind, exportId);
            return;
        }

        // A failure here leaves the row PENDING: the consumer retries the event with back-off,
        // then parks it on the dead-letter topic, from where it can be replayed.
        sender.send(recipient, exportId, email.apply(recipient));
        ledger.markSent(owed.get());

        log.info("Notified user {} of {} for export {}", recipient.userId(), kind, exportId);
    }
}
