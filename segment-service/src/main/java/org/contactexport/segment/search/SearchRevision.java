package org.contactexport.segment.search;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One revision of a saved search, as it was saved; never changed afterwards. */
@Entity
@Table(name = "search_revision")
class SearchRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID searchId;
    private int revision;
    private String name;
    private String criteria;
    private String savedBy;
    private Instant savedAt;

    protected SearchRevision() {
    }

    SearchRevision(UUID searchId, int revision, String name, String criteria, String savedBy,
            Instant savedAt) {
        this.searchId = searchId;
        this.revision = revision;
        this.name = name;
        this.criteria = criteria;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    int revision() {
        return revision;
    }

    String name() {
        return name;
    }

    String criteria() {
        return criteria;
    }

    String savedBy() {
        return savedBy;
    }

    Instant savedAt() {
        return savedAt;
    }
}
