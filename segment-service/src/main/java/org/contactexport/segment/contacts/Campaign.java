package org.contactexport.segment.contacts;

/**
 * A campaign of the account, as contact-service describes it.
 *
 * @param id      e.g. {@code nl-2026-11}
 * @param name    e.g. {@code Newsletter novembre}
 * @param channel {@code email} or {@code sms}
 */
public record Campaign(String id, String name, String channel) {
}
