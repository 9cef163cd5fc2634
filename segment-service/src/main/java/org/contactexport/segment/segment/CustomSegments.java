package org.contactexport.segment.segment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Custom segments; every read on behalf of a caller is confined to the caller's account. */
public interface CustomSegments extends JpaRepository<CustomSegment, UUID> {

    Optional<CustomSegment> findByIdAndAccountId(UUID id, String accountId);

    List<CustomSegment> findByAccountIdOrderByNameAscIdAsc(String accountId);

    boolean existsByAccountIdAndName(String accountId, String name);
}
