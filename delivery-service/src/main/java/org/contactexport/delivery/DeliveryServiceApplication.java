package org.contactexport.delivery;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Keeps the files of completed exports, serves their downloads and deletes them when their
 * retention ends ({@code file/}); delivers automated exports to the customers' SFTP servers:
 * targets ({@code target/}), schedules on a clustered scheduler ({@code schedule/}), uploads
 * with retries ({@code upload/}); the events it owes leave through the shared outbox module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DeliveryServiceApplication {

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The application with its own configuration file, so that it can share a JVM. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(DeliveryServiceApplication.class)
                .properties("spring.config.name=delivery-service");
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
