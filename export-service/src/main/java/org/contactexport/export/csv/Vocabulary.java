package org.contactexport.export.csv;

import java.util.Map;

/** The labels of stored keys (statuses, bounce categories) as docs/architecture.md lists them. */
final class Vocabulary {

    private static final Map<String, String[]> EMAIL_STATUS = Map.of(
            "valid", labels("Valide", "Valid"),
            "unconfirmed", labels("Non confirmé", "Unconfirmed"),
            "unsubscribed", labels("Désinscrit", "Unsubscribed"),
            "bounced", labels("NPAI", "Bounced"),
            "complained", labels("Plainte pour spam", "Spam complaint"));

    private static final Map<String, String[]> MOBILE_STATUS = Map.of(
            "valid", labels("Valide", "Valid"),
            "unsubscribed", labels("Désinscrit (STOP)", "Unsubscribed (STOP)"),
            "invalid", labels("Numéro invalide", "Invalid number"));

    private static final Map<String, String[]> BOUNCE_CATEGORY = Map.of(
            "absent", labels("Absent", "Absent"),
            "unknown_user", labels("Inconnu", "Unknown user"),
            "bad_alias", labels("Mauvais alias", "Bad alias"),
            "bad_domain", labels("Mauvais domaine", "Bad domain"),
            "rejected", labels("Rejeté", "Rejected"),
            "soft", labels("Soft", "Soft"));

    private Vocabulary() {
    }

    /** The label of a stored key, or null when the key is not in the vocabulary. */
    static String label(FieldType type, String key, boolean english) {
        Map<String, String[]> vocabulary = switch (type) {
            case EMAIL_STATUS -> EMAIL_STATUS;
            case MOBILE_STATUS -> MOBILE_STATUS;
            case BOUNCE_CATEGORY -> BOUNCE_CATEGORY;
            default -> Map.of();
        };
        String[] labels = vocabulary.get(key);
        if (labels == null) {
            return null;
        }
        return english ? labels[1] : labels[0];
    }

    private static String[] labels(String french, String english) {
        return new String[] {french, english};
    }
}
