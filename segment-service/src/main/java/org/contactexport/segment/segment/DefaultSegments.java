package org.contactexport.segment.segment;

import static org.contactexport.criteria.Operator.EQUALS;
import static org.contactexport.criteria.Operator.GREATER;
import static org.contactexport.criteria.Operator.NOT_EMPTY;

import java.util.List;
import java.util.Optional;
import org.contactexport.criteria.AllOf;
import org.contactexport.criteria.FieldCondition;
import org.contactexport.criteria.Operator;

/**
 * The six default segments of every account, in the order the list shows them. Their criteria
 * are written down in DEFAULT-SEGMENTS.md; a test holds the two together.
 */
public final class DefaultSegments {

    private static final List<DefaultSegment> ALL = List.of(
            new DefaultSegment("most-active-emails", "Adresses email les plus actives",
                    "Most active email addresses", new AllOf(List.of(
                            field("email_status", "email_status", EQUALS, "valid"),
                            field("email_optin", "boolean", EQUALS, "true"),
                            field("activity_level", "activity_level", GREATER, "3")))),
            new DefaultSegment("sms-contacts", "Contacts SMS", "SMS contacts",
                    new AllOf(List.of(
                            field("mobile", "phone", NOT_EMPTY),
                            field("mobile_status", "mobile_status", EQUALS, "valid"),
                            field("sms_optin", "boolean", EQUALS, "true")))),
            new DefaultSegment("email-unsubscribes", "Désinscrits email", "Email unsubscribes",
                    field("email_status", "email_status", EQUALS, "unsubscribed")),
            new DefaultSegment("sms-unsubscribes", "Désinscrits SMS", "SMS unsubscribes",
                    field("mobile_status", "mobile_status", EQUALS, "unsubscribed")),
            new DefaultSegment("bad-email-addresses", "Mauvaises adresses email (NPAI)",
                    "Bad email addresses (bounced)",
                    field("email_status", "email_status", EQUALS, "bounced")),
            new DefaultSegment("bad-mobile-numbers", "Mauvais numéros mobiles",
                    "Bad mobile numbers",
                    field("mobile_status", "mobile_status", EQUALS, "invalid")));

    private DefaultSegments() {
    }

    public static List<DefaultSegment> all() {
        return ALL;
    }

    public static Optional<DefaultSegment> find(String id) {
        return ALL.stream().filter(segment -> segment.id().equals(id)).findFirst();
    }

    private static FieldCondition field(String key, String type, Operator operator,
            String... values) {
        return new FieldCondition(key, type, operator, List.of(values));
    }
}
