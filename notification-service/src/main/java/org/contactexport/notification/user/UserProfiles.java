package org.contactexport.notification.user;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserProfiles extends JpaRepository<UserProfile, Long> {

    Optional<UserProfile> findByAccountIdAndUserId(String accountId, String userId);

    List<UserProfile> findByAccountIdOrderByUserId(String accountId);
}
