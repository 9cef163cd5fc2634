package org.contactexport.notification.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserProfiles extends JpaRepository<UserProfile, Long> {

    Optional<UserProfile> findByAccountIdAndUserId(String accountId, String userId);

    @Query("select u.userId from UserProfile u "
            + "where u.accountId = :accountId and u.userId in :userIds")
    Set<String> findUserIdsIn(String accountId, Collection<String> userIds);

    List<UserProfile> findByAccountIdOrderByUserId(String accountId);
}
