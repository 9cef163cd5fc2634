package org.contactexport.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

class SegmentServiceApplicationTest {

    @Test
    void answersHealthUpAndRequiresATokenForItsApi() {
        try (ConfigurableApplicationContext context = SegmentServiceApplication.builder()
                .properties("server.port=0",
                        "platform.security.jwt-secret=test-secret-of-at-least-32-characters!")
                .run()) {
            int port = Binder.get(context.getEnvironment())
                    .bind("local.server.port", Integer.class).get();
            RestClient client = RestClient.create("http://127.0.0.1:" + port);

            String health = client.get().uri("/actuator/health").retrieve().body(String.class);
            int apiStatus = client.get().uri("/api/v1/segments")
                    .exchange((request, response) -> response.getStatusCode().value());

            assertThat(health).contains("\"status\":\"UP\"");
            assertThat(apiStatus).isEqualTo(401);
        }
    }
}
