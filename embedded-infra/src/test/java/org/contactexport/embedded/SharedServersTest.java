package org.contactexport.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class SharedServersTest {

    @Test
    void postgresAnswersOnTheLoopbackAddressInItsOwnDatabase() throws Exception {
        String url = SharedServers.postgres().jdbcUrl("infra_check");

        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                ResultSet row = connection.createStatement().executeQuery(
                        "select current_database(), inet_server_addr()::text")) {
            row.next();

            assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:");
            assertThat(row.getString(1)).isEqualTo("infra_check");
            assertThat(row.getString(2)).isEqualTo("127.0.0.1/32");
        }
    }

    @Test
    void kafkaBrokerDeliversWhatWasProduced() throws Exception {
        String servers = SharedServers.kafka().bootstrapServers();
        Properties producerSettings = new Properties();
        producerSettings.putAll(Map.of("bootstrap.servers", servers,
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()));
        Properties consumerSettings = new Properties();
        consumerSettings.putAll(Map.of("bootstrap.servers", servers, "group.id", "check",
                "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()));

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerSettings)) {
            producer.send(new ProducerRecord<>("infra-check", "k", "hello")).get();
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerSettings)) {
            consumer.subscribe(List.of("infra-check"));
            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            for (int i = 0; i < 20 && records.isEmpty(); i++) {
                records = consumer.poll(Duration.ofMillis(500));
            }

            assertThat(records.count()).isEqualTo(1);
            assertThat(records.iterator().next().value()).isEqualTo("hello");
        }
    }

    @Test
    void mailServerListensOnTheLoopbackAddress() {
        MailServer mail = SharedServers.mail();

        assertThat(mail.smtpPort()).isPositive();
        assertThat(mail.receivedMessages()).isEmpty();
    }
}
