package org.contactexport.segment.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A run of a saved search: who ran which revision, when, and how many contacts matched. */
@Entity
@Table(name = "search_run")
class SearchRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID searchId;
    private int revision;
    private String ranBy;
    private Instant ranAt;

    @Column(name = "contact_count")
    private long count;

    protected SearchRun() {
    }

    SearchRun(SavedSearch search, String ranBy, Instant ranAt, long count) {
        this.searchId = search.id();
        this.revision = search.revision();
        this.ranBy = ranBy;
        this.ranAt = ranAt;
        this.count = count;
    }

    int revision() {
        return revision;
    }

    String ranBy() {
        return ranBy;
    }

    Instant ranAt() {
        return ranAt;
    }

    long count() {
        return count;
    }
}
