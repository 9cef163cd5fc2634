package org.contactexport.contact.field;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One account's fields in catalogue order: the standard fields, then its custom fields in the
 * order they were declared. Only keys found here may reach SQL.
 */
public final class FieldCatalogue {

    private final List<FieldDefinition> fields;
    private final Map<String, FieldDefinition> byKey;

    FieldCatalogue(List<FieldDefinition> fields) {
        this.fields = List.copyOf(fields);
        this.byKey = this.fields.stream()
                .collect(Collectors.toUnmodifiableMap(FieldDefinition::key, Function.identity()));
    }

    public List<FieldDefinition> fields() {
        return fields;
    }

    public Optional<FieldDefinition> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public List<String> keys() {
        return fields.stream().map(FieldDefinition::key).toList();
    }

    /** The field of a key, or an {@link UnknownFieldException} that lists the valid keys. */
    public FieldDefinition require(String key) {
        return find(key).orElseThrow(() -> new UnknownFieldException(key, keys()));
    }
}
