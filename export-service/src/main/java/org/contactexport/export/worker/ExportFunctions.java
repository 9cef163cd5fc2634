package org.contactexport.export.worker;

import java.util.UUID;
import java.util.function.Consumer;
import org.contactexport.events.ExportPartRequested;
import org.contactexport.events.ExportRequested;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export workers, a Spring Cloud Stream consumer group: each function's name is its
 * binding. A failed event is retried with back-off, then goes to {@code <topic>.dlq}, whose
 * arrival fails the job.
 */
@Configuration
class ExportFunctions {

    @Bean
    Consumer<ExportRequested> planExport(ExportPlanner planner, ExportFailures failures) {
        return requested -> {
            try {
                planner.plan(requested);
            } catch (RuntimeException e) {
                failures.attemptFailed(requested.exportId(), e);
                throw e;
            }
        };
    }

    @Bean
    Consumer<ExportPartRequested> writeExportPart(PartWriter writer, ExportFailures failures) {
        return part -> {
            try {
                writer.write(part);
            } catch (RuntimeException e) {
                failures.attemptFailed(part.exportId(), e);
                throw e;
            }
        };
    }

    @Bean
    Consumer<Message<byte[]>> failPlanOnDeadLetter(ExportFailures failures, JsonMapper json) {
        return deadLetter -> failures.failForGood(exportId(deadLetter, json));
    }

    @Bean
    Consumer<Message<byte[]>> failPartOnDeadLetter(ExportFailures failures, JsonMapper json) {
        return deadLetter -> failures.failForGood(exportId(deadLetter, json));
    }

    /** Both dead-lettered events name their export in {@code exportId}. */
    private static UUID exportId(Message<byte[]> deadLetter, JsonMapper json) {
        return UUID.fromString(json.readTree(deadLetter.getPayload()).get("exportId").asString());
    }
}
