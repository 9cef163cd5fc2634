package org.contactexport.contact.field;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A field an account declared for its contacts; values live in {@code contacts.custom_fields}. */
@Entity
@Table(name = "custom_fields")
class CustomField {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "label_fr", nullable = false)
    private String labelFr;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(nullable = false, updatable = false)
    private String type;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CustomField() {
    }

    private CustomField(String accountId, String name, String labelFr, String labelEn,
            FieldType type) {
        this.accountId = accountId;
        this.name = name;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.type = type.key();
        this.createdAt = Instant.now();
    }

    static CustomField declare(String accountId, String name, String labelFr, String labelEn,
            FieldType type) {
        return new CustomField(accountId, name, labelFr, labelEn, type);
    }

    FieldDefinition definition() {
        FieldType fieldType = FieldType.ofCustomKey(type).orElseThrow(
                () -> new IllegalStateException("Custom field type not supported: " + type));
        return new FieldDefinition(FieldDefinition.CUSTOM_PREFIX + name, labelFr, labelEn,
                fieldType, false);
    }
}
