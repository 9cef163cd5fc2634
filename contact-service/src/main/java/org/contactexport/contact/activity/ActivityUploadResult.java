package org.contactexport.contact.activity;

import java.util.List;

/**
 * What an activity upload recorded.
 *
 * @param recorded     lines recorded now
 * @param alreadyKnown lines whose eventId had been recorded before: nothing changed
 * @param refused      lines not recorded, each counted
 * @param refusals     refused lines with their reasons, in line order; at most as many as
 *                     {@code contact-service.import-reported-errors}
 */
public record ActivityUploadResult(long recorded, long alreadyKnown, long refused,
        List<RefusedLine> refusals) {
}
