package org.contactexport.outbox.sample;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A service that uses the outbox as export-service and delivery-service do: its own table
 * (db/migration/outbox-sample), synchronous producer bindings, a clock, and
 * {@code platform.outbox.enabled} in its configuration file (outbox-sample.yml).
 */
@SpringBootApplication
class SampleService {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MeterRegistry meters() {
        return new SimpleMeterRegistry();
    }
}
