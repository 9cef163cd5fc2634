package org.contactexport.criteria;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fields an account's criteria may test, by catalogue key, in catalogue order. */
final class FieldCatalogue {

    private final Map<String, FieldType> types = new LinkedHashMap<>();

    FieldCatalogue(Map<String, String> fieldTypes) {
        fieldTypes.forEach((key, typeName) -> types.put(key, FieldType.of(typeName)
                .orElseThrow(() -> new IllegalArgumentException("field " + Quote.of(key)
                        + " has the type " + Quote.of(String.valueOf(typeName))
                        + ", which is not a catalogue type"))));
    }

    Optional<FieldType> type(String key) {
        return Optional.ofNullable(types.get(key));
    }

    List<String> keys() {
        return List.copyOf(types.keySet());
    }
}
