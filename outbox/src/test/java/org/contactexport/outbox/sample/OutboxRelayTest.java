package org.contactexport.outbox.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.contactexport.embedded.PostgresServer;
import org.contactexport.embedded.SharedServers;
import org.contactexport.outbox.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** An event the broker refuses must not hold back the events of other keys. */
@SpringBootTest(classes = SampleService.class,
        properties = {"spring.config.name=outbox-sample",
                "platform.outbox.max-attempts=3", "platform.outbox.first-retry-delay=200ms"})
class OutboxRelayTest {

    private static final String COMPLETED = "sample-completed";
    private static final String FAILED = "sample-failed";

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
        PostgresServer postgres = SharedServers.postgres();
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("outbox_sample"));
        registry.add("spring.datasource.username", postgres::username);
        registry.add("spring.cloud.stream.kafka.binder.brokers",
                SharedServers.kafka()::bootstrapServers);
    }

    @Test
    void anEventIsPublishedWithItsKeyOnceTheTransactionCommits() {
        String key = UUID.randomUUID().toString();

        transaction.executeWithoutResult(status -> outbox.add(COMPLETED, key,
                Map.of("exportId", key)));

        assertThat(awaitEvent(COMPLETED, key)).isEqualTo("{\"exportId\":\"" + key + "\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> status(key).equals("SENT"));
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverWritten() {
        String key = UUID.randomUUID().toString();

        transaction.executeWithoutResult(status -> {
            outbox.add(COMPLETED, key, Map.of("exportId", key));
            status.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from outbox_event where message_key = ?",
                Integer.class, key)).isZero();
    }

    @Test
    void anEventOutsideATransactionIsRefused() {
        String key = UUID.randomUUID().toString();

        assertThatThrownBy(() -> outbox.add(COMPLETED, key, Map.of("exportId", key)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aRefusedEventDoesNotHoldBackAnotherKeysEventAndIsSetAsideAfterItsLastAttempt() {
        String poisoned = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        double failedBefore = meters.counter("outbox.events.failed").count();

        transaction.executeWithoutResult(status -> {
            outbox.add(COMPLETED, poisoned, Map.of("notes", TOO_LARGE));
            outbox.add(FAILED, other, Map.of("exportId", other));
        });

        assertThat(awaitEvent(FAILED, other)).isEqualTo("{\"exportId\":\"" + other + "\"}");
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
            outbox.add(COMPLETED, poisoned, Map.of("notes", TOO_LARGE));
            outbox.add(FAILED, poisoned, Map.of("exportId", poisoned));
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Map<String, Object> both = jdbc.queryForMap("select"
                    + " (select status from outbox_event where message_key = ? and topic = ?)"
                    + " as first, (select status from outbox_event where message_key = ?"
                    + " and topic = ?) as second", poisoned, COMPLETED, poisoned, FAILED);
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

    /** The value of the first record of this key on the topic, read from the start. */
    private static String awaitEvent(String topic, String key) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedServers.kafka().bootstrapServers());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings,
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            return await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record
                        : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        return record.value();
                    }
                }
                return null;
            }, value -> value != null);
        }
    }
}
