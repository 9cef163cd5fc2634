package org.contactexport.segment.contacts;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * How many contacts match, and the first of them in id order, as contact-service shows them
 * (id, names, company, email, mobile, statuses, created_at).
 */
public record ContactPage(long count, List<JsonNode> contacts) {

    public ContactPage {
        contacts = List.copyOf(contacts);
    }
}
