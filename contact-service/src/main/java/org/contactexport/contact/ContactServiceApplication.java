package org.contactexport.contact;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * contact-service: the contacts of every account, their field catalogue, the CSV import and the
 * internal streaming read that exports are made from.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ContactServiceApplication {

    /** The service's configuration file is {@code contact-service.yml}. */
    public static final String CONFIG_NAME = "contact-service";

    /** A builder that the launcher can give extra properties before it runs the service. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ContactServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
