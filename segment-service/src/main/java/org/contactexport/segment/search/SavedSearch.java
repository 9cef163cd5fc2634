package org.contactexport.segment.search;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A search an account saved: its current name and canonical criteria, numbered by revision;
 * each revision is also kept as a {@link SearchRevision}.
 */
@Entity
@Table(name = "saved_search")
public class SavedSearch {

    @Id
    private UUID id;

    private String accountId;
    private String name;
    private String criteria;
    private int revision;
    private String figure;

    /** Null until first stored, so that storing it is an insert. */
    @Version
    private Long version;

    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;

    protected SavedSearch() {
    }

    /**
     * @param figure the campaign figure it was made from, e.g. {@code nl-2026-11/opened}, or
     *               null
     */
    SavedSearch(String accountId, String name, String criteria, String figure, String by,
            Instant at) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.name = name;
        this.criteria = criteria;
        this.revision = 1;
        this.figure = figure;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Makes the next revision current. */
    void revise(String newName, String newCriteria, String by, Instant at) {
        this.name = newName;
        this.criteria = newCriteria;
        this.revision++;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    SearchRevision currentRevision() {
        return new SearchRevision(id, revision, name, criteria, updatedBy, updatedAt);
    }

    public UUID id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    /** The canonical criteria JSON document of the current revision. */
    public String criteria() {
        return criteria;
    }

    public int revision() {
        return revision;
    }

    public String figure() {
        return figure;
    }

    /** Null until first stored. */
    public Long version() {
        return version;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
