package org.contactexport.contact.activity;

import java.util.List;

/**
 * What became of a batch of facts.
 *
 * @param recorded        how many were new and are now recorded
 * @param alreadyKnown    how many had been recorded before (same event id)
 * @param unknownContacts the positions in the batch of the facts whose contact the account
 *                        does not have; those were not recorded
 */
record RecordedActivity(int recorded, int alreadyKnown, List<Integer> unknownContacts) {
}
