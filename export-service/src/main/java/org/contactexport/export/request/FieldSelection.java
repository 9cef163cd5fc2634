package org.contactexport.export.request;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contactexport.export.contacts.CatalogueField;
import org.contactexport.export.csv.Column;

/** Turns the "fields" of a request into columns of the account's catalogue. */
final class FieldSelection {

    static final String MAIN = "MAIN";
    private static final int MAX_KEY = 100;

    private FieldSelection() {
    }

    /** Checks the shape of the selection before the catalogue is fetched. */
    static List<String> keysOrMain(Object fields) {
        if (fields == null || MAIN.equals(fields)) {
            return null;
        }
        if (!(fields instanceof List<?> list)) {
            throw new InvalidExportRequest(
                    "fields must be \"MAIN\" or a list of field keys, e.g. [\"email\"]");
        }
        if (list.isEmpty()) {
            throw new InvalidExportRequest("fields must name at least one field");
        }

        List<String> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object key : list) {
            if (!(key instanceof String text) || text.isBlank()) {
                throw new InvalidExportRequest("fields must hold field keys (strings)");
            }
            if (text.length() > MAX_KEY) {
                throw new InvalidExportRequest(
                        "fields must hold field keys of at most " + MAX_KEY + " characters");
            }
            if (!seen.add(text)) {
                throw new InvalidExportRequest("fields names \"" + text + "\" twice",
                        Map.of("duplicateFields", List.of(text)));
            }
            keys.add(text);
        }
        return keys;
    }

    /** The columns in the order asked, or the main fields in catalogue order. */
    static List<Column> columns(List<String> keys, List<CatalogueField> catalogue) {
        if (keys == null) {
            return catalogue.stream().filter(CatalogueField::main)
                    .map(CatalogueField::column).toList();
        }

        Map<String, CatalogueField> byKey = new LinkedHashMap<>();
        catalogue.forEach(field -> byKey.put(field.key(), field));
        List<String> unknown = keys.stream().filter(key -> !byKey.containsKey(key)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidExportRequest(
                    "Unknown field(s): " + String.join(", ", unknown)
                            + ". Use keys from validFields.",
                    Map.of("unknownFields", unknown, "validFields", List.copyOf(byKey.keySet())));
        }
        return keys.stream().map(key -> byKey.get(key).column()).toList();
    }
}
