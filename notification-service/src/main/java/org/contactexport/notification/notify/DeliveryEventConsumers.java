package org.contactexport.notification.notify;

import java.util.function.Consumer;
import org.contactexport.events.DeliveryFailed;
import org.contactexport.events.DeliveryScheduleEnding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the delivery events to the notifier. Both bindings retry with back-off and then send
 * the event to {@code <topic>.dlq} (see notification-service.yml).
 */
@Configuration(proxyBeanMethods = false)
class DeliveryEventConsumers {

    @Bean
    Consumer<DeliveryFailed> notifyDeliveryFailed(DeliveryNotifier notifier) {
        return notifier::deliveryFailed;
    }

    @Bean
    Consumer<DeliveryScheduleEnding> notifyDeliveryScheduleEnding(DeliveryNotifier notifier) {
        return notifier::scheduleEnding;
    }
}
