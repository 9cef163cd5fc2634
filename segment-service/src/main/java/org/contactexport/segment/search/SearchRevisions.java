package org.contactexport.segment.search;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every revision of the saved searches; read only through a search already found. */
interface SearchRevisions extends JpaRepository<SearchRevision, Long> {

    List<SearchRevision> findBySearchIdOrderByRevisionDesc(UUID searchId);
}
