package org.contactexport.contact.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.contactexport.contact.ContactServiceTest;
import org.contactexport.embedded.SharedServers;
import org.contactexport.events.Topics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Campaign results published by the sending platform on the real broker. */
class ContactActivityConsumerTest extends ContactServiceTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Autowired
    private JdbcTemplate jdbc;

    private String account;
    private long contact;

    @BeforeEach
    void oneContact() {
        account = newAccount();
        importCsv(account, "email\na@example.org\n");
        contact = jdbc.queryForObject("SELECT id FROM contacts WHERE account_id = ?",
                Long.class, account);
    }

    @Test
    void aRedeliveredEventIsRecordedOnce() {
        String event = event(UUID.randomUUID(), account, contact, "opened");
        String next = event(UUID.randomUUID(), account, contact, "clicked");

        publish(contact, event);
        publish(contact, event);
        publish(contact, next);

        await().atMost(LIMIT).until(() -> results("clicked") == 1);
        assertThat(results("opened")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT name FROM campaigns WHERE account_id = ?"
                + " AND id = 'nl-2026-11'", String.class, account))
                .isEqualTo("Newsletter novembre");
    }

    @Test
    void anEventNamingAnotherAccountsContactIsSkippedAndTheNextOnesRecorded() {
        String otherAccount = newAccount();
        importCsv(otherAccount, "email\nb@example.org\n");
        long otherContact = jdbc.queryForObject("SELECT id FROM contacts WHERE account_id = ?",
                Long.class, otherAccount);

        publish(otherContact, event(UUID.randomUUID(), account, otherContact, "opened"));
        publish(contact, event(UUID.randomUUID(), account, contact, "delivered"));

        await().atMost(LIMIT).until(() -> results("delivered") == 1);
        assertThat(results("opened")).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM contact_activity"
                + " WHERE contact_id = ?", Long.class, otherContact)).isZero();
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopic() {
        UUID eventId = UUID.randomUUID();
        String key = "dead-" + eventId;

        publish(key, event(eventId, account, contact, "liked"));

        await().atMost(LIMIT).until(() -> keysOn(Topics.CONTACT_ACTIVITY
                + Topics.DEAD_LETTER_SUFFIX).contains(key));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM contact_activity"
                + " WHERE event_id = ?", Long.class, eventId)).isZero();
    }

    private long results(String result) {
        return jdbc.queryForObject("SELECT count(*) FROM contact_activity WHERE account_id = ?"
                + " AND contact_id = ? AND result = ?", Long.class, account, contact, result);
    }

    private static String event(UUID eventId, String accountId, long contactId,
            String result) {
        return "{\"version\":1,\"eventId\":\"" + eventId + "\",\"accountId\":\"" + accountId
                + "\",\"contactId\":" + contactId + ",\"campaignId\":\"nl-2026-11\","
                + "\"campaignName\":\"Newsletter novembre\",\"channel\":\"email\","
                + "\"result\":\"" + result + "\",\"bounceCategory\":null,"
                + "\"bounceDetail\":null,\"occurredAt\":\"2026-11-05T09:00:00Z\"}";
    }

    private static void publish(Object key, String json) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(Topics.CONTACT_ACTIVITY, key.toString(), json))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish the event", e);
        }
    }

    private static List<String> keysOn(String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(3))) {
                keys.add(record.key());
            }
        }
        return keys;
    }
}
