package org.contactexport.segment.search;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Runs of the saved searches; read only through a search already found. */
interface SearchRuns extends JpaRepository<SearchRun, Long> {

    /** The latest runs; older ones stay stored but are not listed. */
    List<SearchRun> findTop100BySearchIdOrderByRanAtDescIdDesc(UUID searchId);
}
