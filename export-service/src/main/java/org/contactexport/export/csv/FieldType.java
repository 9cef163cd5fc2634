package org.contactexport.export.csv;

/** The types of contact-service's field catalogue, which decide how a value is shown. */
public enum FieldType {
    TEXT, EMAIL, PHONE, BOOLEAN, EMAIL_STATUS, MOBILE_STATUS, TIMESTAMP, DATE, NUMBER,
    ACTIVITY_LEVEL, BOUNCE_CATEGORY;

    /** The type named by the catalogue; an unknown type is shown as text. */
    public static FieldType fromCatalogue(String name) {
        for (FieldType type : values()) {
            if (type.name().equalsIgnoreCase(name)) {
                return type;
            }
        }
        return TEXT;
    }
}
