package org.contactexport.notification.notify;

import java.time.Clock;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The notification log: which email is owed, which was sent. */
@Component
class NotificationLedger {

    private static final Sort NEWEST_FIRST =
            Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final NotificationLog log;
    private final Clock clock;

    NotificationLedger(NotificationLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * Records that the email is about to be sent, creating the PENDING row the first time;
     * empty when it was already sent. Two consumers creating the same row at once collide on
     * the unique key; the loser fails and its redelivery finds the row.
     */
    @Transactional
    Optional<Notification> claim(NotifiedEvent event, String accountId, String userId) {
        Notification notification = log
                .findByEventKindAndEventKeyAndUserId(event.kind(), event.key(), userId)
                .orElseGet(() -> Notification.pending(event, accountId, userId, clock.instant()));
        if (notification.isSent()) {
            return Optional.empty();
        }

        notification.recordAttempt();
        return Optional.of(log.saveAndFlush(notification));
    }

    @Transactional
    void markSent(Notification notification) {
        notification.markSent(clock.instant());
        log.save(notification);
    }

    @Transactional(readOnly = true)
    Page<Notification> list(String accountId, int page, int size) {
        return log.findByAccountId(accountId, PageRequest.of(page, size, NEWEST_FIRST));
    }
}
