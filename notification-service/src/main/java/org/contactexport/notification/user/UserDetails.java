package org.contactexport.notification.user;

/** What a caller sets on a user. */
record UserDetails(String email, String displayName, Language language) {
}
