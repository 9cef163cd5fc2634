package org.contactexport.notification.user;

/** A user after a create-or-update, and whether it was created. */
record SavedUser(UserView user, boolean created) {
}
