package org.contactexport.delivery.file;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredFiles extends JpaRepository<StoredFile, Long> {

    boolean existsByExportId(UUID exportId);

    Optional<StoredFile> findByExportIdAndAccountId(UUID exportId, String accountId);

    Page<StoredFile> findByAccountId(String accountId, Pageable pageable);

    @Query("""
            select f from StoredFile f
            where f.expiredAt is null and f.expiresAt <= :now
            order by f.expiresAt""")
    List<StoredFile> findDueForDeletion(Instant now, Limit limit);
}
