package org.contactexport.notification.notify;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationLog extends JpaRepository<Notification, Long> {

    Optional<Notification> findByEventKindAndEventKeyAndUserId(EventKind eventKind,
            String eventKey, String userId);

    Page<Notification> findByAccountId(String accountId, Pageable pageable);
}
