package org.contactexport.events;

import java.util.UUID;

/**
 * One id-range part of a planned export, to be written by any worker of the group.
 * Internal to export-service.
 *
 * @param fromId first contact id of the part, inclusive
 * @param toId   last contact id of the part, inclusive
 */
public record ExportPartRequested(
        int version, UUID exportId, String accountId, int partNumber, long fromId, long toId) {

    public static final int VERSION = 1;
}
