package org.contactexport.export;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Export API, planner, part writers and outbox relay. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ExportServiceApplication {

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The application with its own configuration file, so that it can share a JVM. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ExportServiceApplication.class)
                .properties("spring.config.name=export-service");
    }

    /** Microseconds, as PostgreSQL keeps them, so that events and the API show the same time. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
