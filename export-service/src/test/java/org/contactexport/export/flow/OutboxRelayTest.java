package org.contactexport.export.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.contactexport.events.Topics;
import org.contactexport.export.outbox.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** An event the broker refuses must not hold back the events of other exports. */
class OutboxRelayTest extends ExportServiceTest {

    private static final String DATABASE = "exports_outbox";

    /** Above the 1 MB a Kafka producer accepts by default. */
    private static final String TOO_LARGE = "x".repeat(1_100_000);

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registerServers(registry, DATABASE);
        registry.add("platform.outbox.max-attempts", () -> "3");
        registry.add("platform.outbox.first-retry-delay", () -> "200ms");
    }

    @Test
    void aRefusedEventDoesNotHoldBackAnotherExportsEventAndIsSetAsideAfterItsLastAttempt() {
        String poisoned = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        double failedBefore = meters.counter("outbox.events.failed").count();

        transaction.executeWithoutResult(status -> {
            outbox.add(Topics.EXPORT_COMPLETED, poisoned, Map.of("notes", TOO_LARGE));
            outbox.add(Topics.EXPORT_FAILED, other, Map.of("exportId", other));
        });

        assertThat(awaitEvent(Topics.EXPORT_FAILED, other))
                .isEqualTo("{\"exportId\":\"" + other + "\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> status(poisoned).equals("FAILED"));
        assertThat(jdbc.queryForMap("select status, attempts, sent_at from outbox_event"
                + " where message_key = ?", poisoned))
                .containsEntry("status", "FAILED")
                .containsEntry("attempts", 3)
                .containsEntry("sent_at", null);
        assertThat(status(other)).isEqualTo("SENT");
        assertThat(meters.counter("outbox.events.failed").count()).isEqualTo(failedBefore + 1);
    }

    @Test
    void eventsOfAKeyWaitingForARetryKeepTheirOrder() {
        String poisoned = UUID.randomUUID().toString();

        transaction.executeWithoutResult(status -> {
            outbox.add(Topics.EXPORT_COMPLETED, poisoned, Map.of("notes", TOO_LARGE));
            outbox.add(Topics.EXPORT_FAILED, poisoned, Map.of("exportId", poisoned));
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Map<String, Object> both = jdbc.queryForMap("select"
                    + " (select status from outbox_event where message_key = ? and topic = ?)"
                    + " as first, (select status from outbox_event where message_key = ?"
                    + " and topic = ?) as second", poisoned, Topics.EXPORT_COMPLETED,
                    poisoned, Topics.EXPORT_FAILED);
            if (both.get("first").equals("PENDING")) {
                assertThat(both.get("second")).isEqualTo("PENDING");
            }
            return both.get("second").equals("SENT");
        });

        assertThat(status(poisoned)).isEqualTo("FAILED");
    }

    private String status(String key) {
        return jdbc.queryForObject("select status from outbox_event where message_key = ?"
                + " order by id limit 1", String.class, key);
    }
}
