package org.contactexport.contact.contact;

import java.util.ArrayList;
import java.util.List;

/**
 * Which contacts of one account a read covers.
 *
 * @param accountId         the account; every read filters on it
 * @param fromId            the first id, inclusive, or null for no lower bound
 * @param toId              the last id, inclusive, or null for no upper bound
 * @param excludeDoNotTrack whether contacts who asked not to be tracked are left out
 */
record ContactRange(String accountId, Long fromId, Long toId, boolean excludeDoNotTrack) {

    static ContactRange whole(String accountId, boolean excludeDoNotTrack) {
        return new ContactRange(accountId, null, null, excludeDoNotTrack);
    }

    /** The WHERE clause, whose parameters {@link #parameters()} gives in order. */
    String where() {
        StringBuilder where = new StringBuilder("WHERE account_id = ?");
        if (fromId != null) {
            where.append(" AND id >= ?");
        }
        if (toId != null) {
            where.append(" AND id <= ?");
        }
        if (excludeDoNotTrack) {
            where.append(" AND NOT do_not_track");
        }
        return where.toString();
    }

    List<Object> parameters() {
        List<Object> parameters = new ArrayList<>(3);
        parameters.add(accountId);
        if (fromId != null) {
            parameters.add(fromId);
        }
        if (toId != null) {
            parameters.add(toId);
        }
        return parameters;
    }
}
