package org.contactexport.notification.notify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.contactexport.notification.user.Recipient;
import org.contactexport.notification.user.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Emails the users an event names, each at most once per event.
 *
 * <p>Known limit (SMTP is at-least-once): the row is PENDING while the email is handed over and
 * becomes SENT only after the SMTP server accepted it. If the process dies after the server
 * accepted the email and before the row is marked SENT, the redelivered event sends that one
 * email a second time. Nothing can close that window without the SMTP server taking part.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final UserDirectory users;
    private final NotificationLedger ledger;
    private final EmailSender sender;

    Notifier(UserDirectory users, NotificationLedger ledger, EmailSender sender) {
        this.users = users;
        this.ledger = ledger;
        this.sender = sender;
    }

    /** Only users of the account are emailed; other ids are skipped with a warning. */
    void notifyUsers(NotifiedEvent event, String accountId, List<String> userIds,
            Function<Recipient, Email> email) {
        if (userIds == null || userIds.isEmpty()) {
            return;
        }

        for (String userId : new LinkedHashSet<>(userIds)) {
            Optional<Recipient> recipient = users.recipient(accountId, userId);
            if (recipient.isEmpty()) {
                log.warn("User {} named by {} is not a user of account {}; not notified",
                        userId, event, accountId);
                continue;
            }
            notifyOnce(event, accountId, recipient.get(), email);
        }
    }

    private void notifyOnce(NotifiedEvent event, String accountId, Recipient recipient,
            Function<Recipient, Email> email) {
        Optional<Notification> owed = ledger.claim(event, accountId, recipient.userId());
        if (owed.isEmpty()) {
            log.info("User {} was already notified of {}; nothing sent again",
                    recipient.userId(), event);
            return;
        }

        // A failure here leaves the row PENDING: the consumer retries the event with back-off,
        // then parks it on the dead-letter topic, from where it can be replayed.
        sender.send(recipient, event, email.apply(recipient));
        ledger.markSent(owed.get());

        log.info("Notified user {} of {}", recipient.userId(), event);
    }
}
