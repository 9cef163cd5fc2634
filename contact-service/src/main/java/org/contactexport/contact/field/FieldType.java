package org.contactexport.contact.field;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * The type of a field, which says how its value is checked on import and how it is stored.
 * Status and category types carry their vocabulary: the keys a value may take.
 */
public enum FieldType {
    TEXT("text"),
    EMAIL("email"),
    PHONE("phone"),
    BOOLEAN("boolean"),
    EMAIL_STATUS("email_status", "valid", "unconfirmed", "unsubscribed", "bounced", "complained"),
    MOBILE_STATUS("mobile_status", "valid", "unsubscribed", "invalid"),
    TIMESTAMP("timestamp"),
    DATE("date"),
    NUMBER("number"),
    ACTIVITY_LEVEL("activity_level"),
    BOUNCE_CATEGORY("bounce_category",
            "absent", "unknown_user", "bad_alias", "bad_domain", "rejected", "soft");

    private static final List<FieldType> CUSTOM_TYPES = List.of(TEXT, NUMBER, DATE, BOOLEAN);

    private final String key;
    private final List<String> vocabulary;

    FieldType(String key, String... vocabulary) {
        this.key = key;
        this.vocabulary = List.of(vocabulary);
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** The keys a value of this type may take, or an empty list when it is not a vocabulary. */
    public List<String> vocabulary() {
        return vocabulary;
    }

    /** The type a custom field may be declared with, by its key. */
    public static Optional<FieldType> ofCustomKey(String key) {
        return CUSTOM_TYPES.stream().filter(type -> type.key.equals(key)).findFirst();
    }

    /** The keys of the types a custom field may be declared with. */
    public static List<String> customKeys() {
        return CUSTOM_TYPES.stream().map(FieldType::key).toList();
    }
}
