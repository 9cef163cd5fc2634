package org.contactexport.export.job;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** One id range of an export, written by one worker into one part file. */
@Entity
@Table(name = "export_part")
public class ExportPart {

    @EmbeddedId
    private Key key;

    @Column(name = "from_id")
    private long fromId;

    @Column(name = "to_id")
    private long toId;

    private String status;

    private Long rows;

    protected ExportPart() {
    }

    ExportPart(UUID exportId, int number, long fromId, long toId) {
        this.key = new Key(exportId, number);
        this.fromId = fromId;
        this.toId = toId;
        this.status = "PENDING";
    }

    public int number() {
        return key.partNumber;
    }

    public long fromId() {
        return fromId;
    }

    public long toId() {
        return toId;
    }

    public boolean isDone() {
        return "DONE".equals(status);
    }

    /** @return false when the part was already done (a redelivery) */
    boolean markDone(long rowCount) {
        if (isDone()) {
            return false;
        }
        this.status = "DONE";
        this.rows = rowCount;
        return true;
    }

    /** The primary key: the export and the part's number, counted from 1. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "export_id")
        private UUID exportId;

        @Column(name = "part_number")
        private int partNumber;

        protected Key() {
        }

        public Key(UUID exportId, int partNumber) {
            this.exportId = exportId;
            this.partNumber = partNumber;
        }

        public UUID exportId() {
            return exportId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && key.exportId.equals(exportId) && key.partNumber == partNumber;
        }

        @Override
        public int hashCode() {
            return exportId.hashCode() * 31 + partNumber;
        }
    }
}
