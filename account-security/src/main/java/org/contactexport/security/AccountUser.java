package org.contactexport.security;

import java.util.Set;

/**
 * The caller of a public request, as its bearer token names it. Declare it as a controller
 * method parameter to receive it.
 *
 * @param accountId the customer account every read and write is confined to
 * @param userId    the account user who made the request
 * @param roles     the user's roles in the account, from the token's optional {@code roles}
 *                  claim; empty when it has none
 */
public record AccountUser(String accountId, String userId, Set<String> roles) {

    /** The role that lets a user manage the account's other users. */
    public static final String ADMIN_ROLE = "admin";

    public AccountUser {
        roles = Set.copyOf(roles);
    }

    /** A caller without any role. */
    public AccountUser(String accountId, String userId) {
        this(accountId, userId, Set.of());
    }

    /** Whether the caller administers the account. */
    public boolean admin() {
        return roles.contains(ADMIN_ROLE);
    }
}
