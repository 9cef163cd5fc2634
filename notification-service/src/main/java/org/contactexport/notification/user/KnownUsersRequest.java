package org.contactexport.notification.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /internal/v1/accounts/{accountId}/users/known}.
 *
 * @param userIds the user ids to look up, at most 100
 */
record KnownUsersRequest(@NotNull @Size(max = 100) List<@NotNull String> userIds) {
}
