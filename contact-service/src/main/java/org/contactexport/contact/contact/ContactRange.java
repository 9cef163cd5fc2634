package org.contactexport.contact.contact;

import java.util.ArrayList;
import java.util.List;
import org.contactexport.contact.selection.SqlCondition;

/**
 * Which contacts of one account a read covers.
 *
 * @param accountId         the account; every read filters on it
 * @param fromId            the first id, inclusive, or null for no lower bound
 * @param toId              the last id, inclusive, or null for no upper bound
 * @param excludeDoNotTrack whether contacts who asked not to be tracked are left out
 * @param criteria          the selection's criteria as SQL over {@code contacts c}
 */
record ContactRange(String accountId, Long fromId, Long toId, boolean excludeDoNotTrack,
        SqlCondition criteria) {

    static ContactRange whole(String accountId, boolean excludeDoNotTrack,
            SqlCondition criteria) {
        return new ContactRange(accountId, null, null, excludeDoNotTrack, criteria);
    }

    /**
     * The FROM and WHERE clauses over {@code contacts c}, whose parameters
     * {@link #parameters()} gives in order.
     */
    String fromWhere() {
        StringBuilder where = new StringBuilder("FROM contacts c WHERE c.account_id = ?");
        if (fromId != null) {
            where.append(" AND c.id >= ?");
        }
        if (toId != null) {
            where.append(" AND c.id <= ?");
        }
        if (excludeDoNotTrack) {
            where.append(" AND NOT c.do_not_track");
        }
        if (criteria != SqlCondition.ALWAYS) {
            where.append(" AND ").append(criteria.sql());
        }
        return where.toString();
    }

    List<Object> parameters() {
        List<Object> parameters = new ArrayList<>(3 + criteria.parameters().size());
        parameters.add(accountId);
        if (fromId != null) {
            parameters.add(fromId);
        }
        if (toId != null) {
            parameters.add(toId);
        }
        parameters.addAll(criteria.parameters());
        return parameters;
    }
}
