package org.contactexport.contact.campaign;

import java.time.Instant;

/**
 * A campaign of the account, as its results made it known.
 *
 * @param id              the campaign's id as the sending platform names it
 * @param name            its name, null when no result named it
 * @param channel         {@code email} or {@code sms}
 * @param firstActivityAt when its first recorded result happened
 * @param lastActivityAt  when its last recorded result happened
 */
public record Campaign(String id, String name, String channel, Instant firstActivityAt,
        Instant lastActivityAt) {
}
