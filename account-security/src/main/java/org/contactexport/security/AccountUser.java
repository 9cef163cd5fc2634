package org.contactexport.security;

/**
 * The caller of a public request, as its bearer token names it. Declare it as a controller
 * method parameter to receive it.
 *
 * @param accountId the customer account every read and write is confined to
 * @param userId    the account user who made the request
 */
public record AccountUser(String accountId, String userId) {
}
