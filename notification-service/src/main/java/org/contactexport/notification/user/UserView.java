package org.contactexport.notification.user;

import java.time.Instant;

/** A user as the API shows it to their own account. */
record UserView(
        String userId,
        String email,
        String displayName,
        String language,
        Instant createdAt,
        Instant updatedAt) {
}
