package org.contactexport.notification.notify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.contactexport.security.AccountUser;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications",
        description = "The emails sent about the account's exports and SFTP deliveries")
class NotificationController {

    private final NotificationLedger ledger;

    NotificationController(NotificationLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping
    @Operation(summary = "The account's notification log, newest first",
            description = "One line per email owed to a user for an export or delivery event; "
                    + "PENDING lines are being sent or retried.")
    NotificationPage list(@Parameter(hidden = true) AccountUser caller,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Page<Notification> notifications = ledger.list(caller.accountId(), page, size);

        return new NotificationPage(notifications.map(Notification::view).getContent(), page,
                size, notifications.getTotalElements(), notifications.getTotalPages());
    }
}
