package org.contactexport.segment.search;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Saved searches; every read on behalf of a caller is confined to the caller's account. */
public interface SavedSearches extends JpaRepository<SavedSearch, UUID> {

    Optional<SavedSearch> findByIdAndAccountId(UUID id, String accountId);

    List<SavedSearch> findByAccountIdOrderByCreatedAtDescIdAsc(String accountId);
}
