package org.contactexport.contact.activity;

import java.util.List;
import java.util.function.Consumer;
import org.contactexport.events.ContactActivityRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records the campaign results that the sending platform publishes on
 * {@code contact-activity}. A redelivered event records nothing twice; an event naming a
 * contact the account does not have is skipped; an event that cannot be read fails, is retried
 * with back-off and then goes to {@code contact-activity.dlq} (see contact-service.yml).
 */
@Configuration(proxyBeanMethods = false)
class ContactActivityConsumer {

    private static final Logger log = LoggerFactory.getLogger(ContactActivityConsumer.class);

    @Bean
    Consumer<ContactActivityRecorded> recordContactActivity(ActivityLog activityLog) {
        return event -> record(activityLog, event);
    }

    private static void record(ActivityLog activityLog, ContactActivityRecorded event) {
        ActivityFact fact = new ActivityFact(event.eventId(), event.accountId(),
                event.contactId(), event.campaignId(), event.campaignName(), event.channel(),
                event.result(), event.bounceCategory(), event.bounceDetail(),
                event.occurredAt());

        RecordedActivity outcome = activityLog.record(fact.accountId(), List.of(fact));
        if (!outcome.unknownContacts().isEmpty()) {
            log.warn("Activity event {} names contact {}, which account {} does not have; "
                    + "skipped", fact.eventId(), fact.contactId(), fact.accountId());
        } else if (outcome.alreadyKnown() > 0) {
            log.debug("Activity event {} was already recorded", fact.eventId());
        }
    }
}
