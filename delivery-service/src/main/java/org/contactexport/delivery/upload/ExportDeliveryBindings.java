package org.contactexport.delivery.upload;

import java.util.function.Consumer;
import org.contactexport.delivery.schedule.ScheduledRuns;
import org.contactexport.events.ExportCompleted;
import org.contactexport.events.ExportFailed;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the export events to the deliveries: {@code deliverExportFile-in-0} (own consumer
 * group, beside the file registration) and {@code recordFailedExport-in-0}; both retry with
 * back-off, then dead-letter (see delivery-service.yml).
 */
@Configuration(proxyBeanMethods = false)
class ExportDeliveryBindings {

    @Bean
    Consumer<ExportCompleted> deliverExportFile(UploadStarter starter) {
        return starter::onExportCompleted;
    }

    @Bean
    Consumer<ExportFailed> recordFailedExport(ScheduledRuns runs) {
        return runs::exportFailed;
    }
}
