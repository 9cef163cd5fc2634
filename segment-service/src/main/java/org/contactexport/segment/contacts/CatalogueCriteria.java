package org.contactexport.segment.contacts;

import org.contactexport.criteria.CriteriaJson;
import org.contactexport.criteria.CriteriaParser;
import org.contactexport.criteria.Criterion;
import org.contactexport.segment.InvalidRequest;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Checks a criteria document against the account's field catalogue (docs/criteria.md) and
 * gives its canonical form, which is what segments and searches store.
 */
@Component
public class CatalogueCriteria {

    private final ContactService contacts;

    CatalogueCriteria(ContactService contacts) {
        this.contacts = contacts;
    }

    /**
     * The canonical JSON text of the document.
     *
     * @throws org.contactexport.criteria.InvalidCriteriaException with each fault's path
     * @throws InvalidRequest when there is no document at all
     */
    public String canonical(String accountId, JsonNode document) {
        if (document == null || document.isNull() || document.isMissingNode()) {
            throw new InvalidRequest("criteria is required: a criteria document such as"
                    + " {\"field\":\"email_status\",\"op\":\"equals\",\"value\":\"valid\"}");
        }

        Criterion criterion = new CriteriaParser(contacts.fieldTypes(accountId)).parse(document);
        return CriteriaJson.write(criterion);
    }
}
