package org.contactexport.outbox;

import java.time.Clock;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records events to publish; they leave only if the caller's transaction commits. A bean of a
 * service that sets {@code platform.outbox.enabled} (see {@link OutboxAutoConfiguration}).
 */
public class Outbox {

    private final OutboxEvents events;
    private final JsonMapper json;
    private final Clock clock;

    Outbox(OutboxEvents events, JsonMapper json, Clock clock) {
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param key the Kafka message key, e.g. the export id or the schedule id: the events of
     *            one key keep their order
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(String topic, String key, Object event) {
        events.save(new OutboxEvent(topic, key, json.writeValueAsString(event), clock.instant()));
    }
}
