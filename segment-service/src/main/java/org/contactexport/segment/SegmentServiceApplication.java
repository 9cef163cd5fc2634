package org.contactexport.segment;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * segment-service: default and custom segments, saved searches and campaign-report figures.
 *
 * <p>Known shortcoming: for now it only runs and answers health; segments, searches and their
 * criteria language arrive with the targeted-export issue.
 */
@SpringBootApplication
public class SegmentServiceApplication {

    public static final String NAME = "segment-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(SegmentServiceApplication.class)
                .properties("spring.config.name=" + NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
