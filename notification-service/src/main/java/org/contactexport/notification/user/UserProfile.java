package org.contactexport.notification.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user of an account, as far as notifications need to know them. */
@Entity
@Table(name = "user_profile")
class UserProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String accountId;

    @Column(nullable = false, updatable = false)
    private String userId;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected UserProfile() {
    }

    private UserProfile(String accountId, String userId, Instant now) {
        this.accountId = accountId;
        this.userId = userId;
        this.createdAt = now;
    }

    static UserProfile create(String accountId, String userId, UserDetails details,
            Instant now) {
        UserProfile user = new UserProfile(accountId, userId, now);
        user.update(details, now);
        return user;
    }

    void update(UserDetails details, Instant now) {
        this.email = details.email();
        this.displayName = details.displayName();
        this.language = details.language();
        this.updatedAt = now;
    }

    Recipient asRecipient() {
        return new Recipient(userId, email, displayName, language);
    }

    UserView view() {
        return new UserView(userId, email, displayName, language.code(), createdAt, updatedAt);
    }
}
