package org.contactexport.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.contactexport.embedded.PostgresServer;
import org.contactexport.embedded.SharedServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

class SegmentServiceApplicationTest {

    @Test
    void answersHealthUpAndRequiresATokenForItsApi() {
        PostgresServer postgres = SharedServers.postgres();

        // Arguments, not builder properties: those are defaults, which the yml's port overrides.
        try (ConfigurableApplicationContext context = SegmentServiceApplication.builder()
                .run("--server.port=0", "--server.address=127.0.0.1",
                        "--spring.datasource.url=" + postgres.jdbcUrl("segments_app"),
                        "--spring.datasource.username=" + postgres.username(),
                        "--platform.security.jwt-secret=test-secret-of-at-least-32-characters!")) {
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
