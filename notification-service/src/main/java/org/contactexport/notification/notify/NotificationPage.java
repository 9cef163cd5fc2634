package org.contactexport.notification.notify;

import java.util.List;

/** One page of the account's notification log, newest first. */
record NotificationPage(
        List<NotificationView> items, int page, int size, long totalItems, int totalPages) {
}
