package org.contactexport.notification.user;

/**
 * An account user who can be emailed.
 *
 * @param email personal data: never logged; {@link #toString()} leaves it out
 */
public record Recipient(String userId, String email, String displayName, Language language) {

    @Override
    public String toString() {
        return "Recipient[userId=" + userId + ", language=" + language.code() + "]";
    }
}
