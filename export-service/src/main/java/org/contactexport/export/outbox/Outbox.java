package org.contactexport.export.outbox;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Records events to publish; they leave only if the caller's transaction commits. */
@Component
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
     * @param key the Kafka message key: the export id, so that one export's events keep order
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(String topic, String key, Object event) {
        events.save(new OutboxEvent(topic, key, json.writeValueAsString(event), clock.instant()));
    }
}
