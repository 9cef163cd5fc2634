package org.contactexport.notification.user;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users of each account; every read and write names the account. */
@Service
public class UserDirectory {

    private static final Logger log = LoggerFactory.getLogger(UserDirectory.class);

    private final UserProfiles users;
    private final Clock clock;

    UserDirectory(UserProfiles users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** The user of the account, if the account has one with that id. */
    @Transactional(readOnly = true)
    public Optional<Recipient> recipient(String accountId, String userId) {
        return users.findByAccountIdAndUserId(accountId, userId).map(UserProfile::asRecipient);
    }

    /** Creates or updates the user; answers whether it was created. */
    @Transactional
    SavedUser save(String accountId, String userId, UserDetails details) {
        Optional<UserProfile> existing = users.findByAccountIdAndUserId(accountId, userId);

        UserProfile user = existing.orElseGet(
                () -> UserProfile.create(accountId, userId, details, clock.instant()));
        existing.ifPresent(found -> found.update(details, clock.instant()));
        users.saveAndFlush(user);

        log.info("{} user {} of account {}", existing.isPresent() ? "Updated" : "Created",
                userId, accountId);
        return new SavedUser(user.view(), existing.isEmpty());
    }

    /** Those of the user ids that name a user of the account, in the order given. */
    @Transactional(readOnly = true)
    List<String> known(String accountId, List<String> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }

        Set<String> found = users.findUserIdsIn(accountId, Set.copyOf(userIds));

        return userIds.stream().filter(found::contains).distinct().toList();
    }

    @Transactional(readOnly = true)
    List<UserView> list(String accountId) {
        return users.findByAccountIdOrderByUserId(accountId).stream()
                .map(UserProfile::view)
                .toList();
    }
}
