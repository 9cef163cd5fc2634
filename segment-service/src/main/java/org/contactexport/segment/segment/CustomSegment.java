package org.contactexport.segment.segment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A segment an account defined: a name and the canonical criteria of its contacts. */
@Entity
@Table(name = "custom_segment")
public class CustomSegment {

    @Id
    private UUID id;

    private String accountId;
    private String name;
    private String criteria;

    /** Null until first stored, so that storing it is an insert. */
    @Version
    private Long version;

    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;

    protected CustomSegment() {
    }

    CustomSegment(String accountId, String name, String criteria, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.name = name;
        this.criteria = criteria;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void rename(String newName, String by, Instant at) {
        this.name = newName;
        touched(by, at);
    }

    void redefine(String newCriteria, String by, Instant at) {
        this.criteria = newCriteria;
        touched(by, at);
    }

    private void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
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

    /** The canonical criteria JSON document. */
    public String criteria() {
        return criteria;
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
