package org.contactexport.delivery.file;

import java.util.function.Consumer;
import org.contactexport.events.ExportCompleted;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds ExportCompleted to the registry. The binding {@code registerExportFile-in-0} retries
 * with back-off and then sends the event to {@code export-completed.dlq} (see
 * delivery-service.yml).
 */
@Configuration(proxyBeanMethods = false)
class ExportFileRegistration {

    @Bean
    Consumer<ExportCompleted> registerExportFile(FileRegistry registry) {
        return registry::register;
    }
}
