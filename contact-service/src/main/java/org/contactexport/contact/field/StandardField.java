package org.contactexport.contact.field;

import static org.contactexport.contact.field.FieldType.ACTIVITY_LEVEL;
import static org.contactexport.contact.field.FieldType.BOOLEAN;
import static org.contactexport.contact.field.FieldType.BOUNCE_CATEGORY;
import static org.contactexport.contact.field.FieldType.EMAIL;
import static org.contactexport.contact.field.FieldType.EMAIL_STATUS;
import static org.contactexport.contact.field.FieldType.MOBILE_STATUS;
import static org.contactexport.contact.field.FieldType.PHONE;
import static org.contactexport.contact.field.FieldType.TEXT;
import static org.contactexport.contact.field.FieldType.TIMESTAMP;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields every account has, in catalogue order: first the 12 main fields in the order of
 * the design, then the diagnostic ones. Each key is also the name of its column in
 * {@code contacts}.
 */
public enum StandardField {
    FIRST_NAME("first_name", "Prénom", "First name", TEXT, true),
    LAST_NAME("last_name", "Nom", "Last name", TEXT, true),
    COMPANY("company", "Raison Sociale", "Company", TEXT, true),
    EMAIL_ADDRESS("email", "Adresse Email", "Email address", EMAIL, true),
    EMAIL_OPTIN("email_optin", "Opt-In Email", "Email opt-in", BOOLEAN, true),
    EMAIL_STATUS_FIELD("email_status", "Statut Email", "Email status", EMAIL_STATUS, true),
    MOBILE("mobile", "Mobile (pour SMS)", "Mobile (for SMS)", PHONE, true),
    SMS_OPTIN("sms_optin", "Opt-In SMS", "SMS opt-in", BOOLEAN, true),
    MOBILE_STATUS_FIELD("mobile_status", "Statut Mobile", "Mobile status", MOBILE_STATUS, true),
    CREATED_AT("created_at", "Contact ajouté le", "Contact added on", TIMESTAMP, true),
    UPDATED_AT("updated_at", "Contact Modifié le", "Contact modified on", TIMESTAMP, true),
    ACTIVITY("activity_level", "Degré d'activité du contact", "Contact activity level",
            ACTIVITY_LEVEL, true),
    BOUNCE_CATEGORY_FIELD("bounce_category", "Catégorie de retour Email", "Email bounce category",
            BOUNCE_CATEGORY, false),
    BOUNCE_DETAIL("bounce_detail",
            "Détail du message de retour Email (Mauvaises Adresses NPAI)",
            "Email bounce detail message (bad addresses)", TEXT, false),
    DO_NOT_TRACK("do_not_track", "Ne pas me pister", "Do not track", BOOLEAN, false),
    /** How the contact came: {@code web_form}, {@code import}, {@code api}, {@code manual}, … */
    ORIGIN("origin", "Origine du contact", "Origin", TEXT, false),
    ORIGIN_DETAIL("origin_detail", "Détail de l'origine", "Origin detail", TEXT, false);

    private static final Map<String, StandardField> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(StandardField::key, Function.identity()));

    private final FieldDefinition definition;

    StandardField(String key, String labelFr, String labelEn, FieldType type, boolean main) {
        this.definition = new FieldDefinition(key, labelFr, labelEn, type, main);
    }

    public String key() {
        return definition.key();
    }

    /** The column of {@code contacts} that holds the field. */
    public String column() {
        return definition.key();
    }

    public FieldType type() {
        return definition.type();
    }

    public FieldDefinition definition() {
        return definition;
    }

    public static Optional<StandardField> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
