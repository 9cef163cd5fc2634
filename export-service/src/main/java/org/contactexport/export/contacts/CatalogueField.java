package org.contactexport.export.contacts;

import org.contactexport.export.csv.Column;
import org.contactexport.export.csv.FieldType;

/** A field of an account's catalogue, as contact-service describes it. */
public record CatalogueField(String key, String labelFr, String labelEn, String type,
        boolean main) {

    public Column column() {
        return new Column(key, FieldType.fromCatalogue(type), labelFr, labelEn);
    }
}
