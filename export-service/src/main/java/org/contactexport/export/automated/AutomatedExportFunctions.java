package org.contactexport.export.automated;

import java.util.function.Consumer;
import org.contactexport.events.DeliveryCompleted;
import org.contactexport.events.DeliveryFailed;
import org.contactexport.events.DeliveryScheduled;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consumers of delivery-service's events: each function's name is its binding. A failed
 * event is retried with back-off, then goes to {@code <topic>.dlq}; a dead-lettered scheduled
 * run still leaves a FAILED job, so that its users learn it.
 */
@Configuration
class AutomatedExportFunctions {

    @Bean
    Consumer<DeliveryScheduled> createScheduledExport(ScheduledExports exports) {
        return exports::create;
    }

    @Bean
    Consumer<Message<byte[]>> failScheduledExportOnDeadLetter(ScheduledExports exports,
            JsonMapper json) {
        return deadLetter -> exports.failForGood(
                json.readValue(deadLetter.getPayload(), DeliveryScheduled.class));
    }

    @Bean
    Consumer<DeliveryCompleted> recordDeliveryCompleted(DeliveryOutcomes outcomes) {
        return outcomes::completed;
    }

    @Bean
    Consumer<DeliveryFailed> recordDeliveryFailed(DeliveryOutcomes outcomes) {
        return outcomes::failed;
    }
}
