package org.contactexport.export.job;

/** Where an export job stands. */
public enum ExportStatus {
    REQUESTED, RUNNING, COMPLETED, FAILED
}
