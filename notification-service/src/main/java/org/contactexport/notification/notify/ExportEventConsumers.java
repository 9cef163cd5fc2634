package org.contactexport.notification.notify;

import java.util.function.Consumer;
import org.contactexport.events.ExportCompleted;
import org.contactexport.events.ExportFailed;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the export events to the notifier. Both bindings retry with back-off and then send
 * the event to {@code <topic>.dlq} (see notification-service.yml).
 */
@Configuration(proxyBeanMethods = false)
class ExportEventConsumers {

    @Bean
    Consumer<ExportCompleted> notifyExportCompleted(ExportNotifier notifier) {
        return notifier::exportCompleted;
    }

    @Bean
    Consumer<ExportFailed> notifyExportFailed(ExportNotifier notifier) {
        return notifier::exportFailed;
    }
}
