package org.contactexport.criteria;

import java.util.List;

/**
 * The closed vocabularies of the platform (docs/architecture.md), by key in their stored order,
 * so that every service checks and labels them the same way.
 */
public final class Vocabularies {

    /** Keys of the {@code email_status} field. */
    public static final List<String> EMAIL_STATUSES =
            List.of("valid", "unconfirmed", "unsubscribed", "bounced", "complained");

    /** Keys of the {@code mobile_status} field. */
    public static final List<String> MOBILE_STATUSES = List.of("valid", "unsubscribed", "invalid");

    /** Keys of a bounce category, on the field {@code bounce_category} and on activity. */
    public static final List<String> BOUNCE_CATEGORIES = List.of(
            "absent", "unknown_user", "bad_alias", "bad_domain", "rejected", "soft");

    /** Results of a campaign for a contact, the {@code result} of an activity condition. */
    public static final List<String> ACTIVITY_RESULTS = List.of("sent", "delivered", "opened",
            "clicked", "bounced", "unsubscribed", "complained", "converted");

    /** The one activity result that has a bounce category. */
    public static final String BOUNCED = "bounced";

    /** Channels a campaign is sent through. */
    public static final List<String> CHANNELS = List.of("email", "sms");

    /** The lowest and highest {@code activity_level}. */
    public static final int ACTIVITY_LEVEL_MIN = 0;
    public static final int ACTIVITY_LEVEL_MAX = 5;

    private Vocabularies() {
    }
}
