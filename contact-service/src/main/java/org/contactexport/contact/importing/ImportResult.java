package org.contactexport.contact.importing;

import java.util.List;

/**
 * What an import did.
 *
 * @param imported how many contacts were created
 * @param rejected how many rows were not loaded
 * @param errors   why, for the first rows at fault (at most 1000 errors by default)
 */
public record ImportResult(long imported, long rejected, List<RowError> errors) {
}
