package org.contactexport.delivery.target;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SftpTargets extends JpaRepository<SftpTarget, UUID> {

    Optional<SftpTarget> findByIdAndAccountId(UUID id, String accountId);

    List<SftpTarget> findByAccountIdOrderByCreatedAt(String accountId);

    @Query(value = "select exists (select 1 from delivery_schedule where target_id = ?1)",
            nativeQuery = true)
    boolean isUsedBySchedule(UUID id);
}
