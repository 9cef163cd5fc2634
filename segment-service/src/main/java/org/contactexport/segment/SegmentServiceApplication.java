package org.contactexport.segment;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * segment-service: default and custom segments, saved searches with their history, the
 * criteria of campaign-report figures, and the resolution of an export's source to a criteria
 * snapshot.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SegmentServiceApplication {

    public static final String NAME = "segment-service";

    /** The application with its own configuration file, so that it can share a JVM. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(SegmentServiceApplication.class)
                .properties("spring.config.name=" + NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }

    /** Microseconds, as PostgreSQL keeps them, so that a saved time reads back the same. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
