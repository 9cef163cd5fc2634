package org.contactexport.notification.user;

import java.util.List;

/** The answer of {@code POST /internal/v1/accounts/{accountId}/users/known}. */
record KnownUsers(List<String> known) {
}
