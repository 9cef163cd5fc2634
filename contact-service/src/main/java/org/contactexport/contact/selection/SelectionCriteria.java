package org.contactexport.contact.selection;

import java.util.LinkedHashMap;
import java.util.Map;
import org.contactexport.contact.field.FieldCatalogues;
import org.contactexport.contact.field.FieldDefinition;
import org.contactexport.criteria.CriteriaParser;
import org.contactexport.criteria.Criterion;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Reads the criteria document of a selection against the account's catalogue and gives the SQL
 * that applies it. A refused document throws the parser's InvalidCriteriaException, which
 * {@link CriteriaProblems} answers with a 400.
 */
@Service
public class SelectionCriteria {

    private final FieldCatalogues catalogues;

    SelectionCriteria(FieldCatalogues catalogues) {
        this.catalogues = catalogues;
    }

    /** The condition of a criteria document; every contact for none (absent or null). */
    public SqlCondition condition(String accountId, JsonNode criteria) {
        if (criteria == null || criteria.isNull() || criteria.isMissingNode()) {
            return SqlCondition.ALWAYS;
        }

        Map<String, String> fieldTypes = new LinkedHashMap<>();
        for (FieldDefinition field : catalogues.of(accountId).fields()) {
            fieldTypes.put(field.key(), field.type().key());
        }
        Criterion criterion = new CriteriaParser(fieldTypes).parse(criteria);
        return CriteriaSql.of(criterion);
    }
}
