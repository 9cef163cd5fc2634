package org.contactexport.delivery;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.contactexport.embedded.SharedServers;
import org.contactexport.events.DeliveryScheduled;
import org.contactexport.events.ExportCompleted;
import org.contactexport.events.Topics;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays export-service for the tests: answers its internal export endpoint from a map, and,
 * for the schedules it is told to serve, turns each DeliveryScheduled into a file in the store
 * and an ExportCompleted, as the real service does.
 */
public final class ExportServiceStandIn {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path store;
    private final HttpServer http;
    private final Map<String, String> exports = new ConcurrentHashMap<>();
    private final Map<UUID, byte[]> contentBySchedule = new ConcurrentHashMap<>();
    private final List<DeliveryScheduled> scheduled = new CopyOnWriteArrayList<>();
    private final List<ExportCompleted> completed = new CopyOnWriteArrayList<>();

    private ExportServiceStandIn(Path store, HttpServer http) {
        this.store = store;
        this.http = http;
    }

    static ExportServiceStandIn start(Path store) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            ExportServiceStandIn standIn = new ExportServiceStandIn(store, server);
            server.createContext("/internal/v1/accounts/", exchange -> {
                String[] parts = exchange.getRequestURI().getPath().split("/");
                String body = standIn.exports.get(parts[4] + "/" + parts[6]);
                byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            Thread consumer = new Thread(standIn::consumeScheduledRuns, "export-service-stand-in");
            consumer.setDaemon(true);
            consumer.start();
            return standIn;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** What GET /internal/v1/accounts/{account}/exports/{id} answers. */
    public void knowsExport(String account, UUID exportId, String json) {
        exports.put(account + "/" + exportId, json);
    }

    /** Each run of this schedule completes with a file of these bytes. */
    public void serve(UUID scheduleId, byte[] content) {
        contentBySchedule.put(scheduleId, content);
    }

    public List<DeliveryScheduled> scheduledRunsOf(UUID scheduleId) {
        return scheduled.stream().filter(run -> run.scheduleId().equals(scheduleId)).toList();
    }

    public List<ExportCompleted> completedOf(UUID scheduleId) {
        return completed.stream().filter(done -> scheduleId.equals(done.scheduleId())).toList();
    }

    /** Writes the file of a run in the store and returns its ExportCompleted, unpublished. */
    public ExportCompleted complete(DeliveryScheduled run, byte[] content) throws IOException {
        String fileName = "export-" + run.runId() + ".csv";
        String location = run.accountId() + "/" + run.runId() + "/" + fileName;
        Path file = store.resolve(location);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return new ExportCompleted(ExportCompleted.VERSION, run.runId(), run.accountId(),
                run.name(), run.source().type(), run.source().name(), run.fields(), location,
                fileName, "text/csv; charset=UTF-8", 1, content.length, sha256(content),
                run.notifyUserIds(), run.scheduleId(), Instant.now());
    }

    public static void publish(String topic, UUID key, Object event) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key.toString(),
                    JSON.writeValueAsBytes(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void consumeScheduledRuns() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "stand-in-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.DELIVERY_SCHEDULED));
            while (true) {
                for (ConsumerRecord<String, byte[]> record
                        : consumer.poll(Duration.ofMillis(200))) {
                    DeliveryScheduled run = JSON.readValue(record.value(), DeliveryScheduled.class);
                    scheduled.add(run);
                    byte[] content = contentBySchedule.get(run.scheduleId());
                    if (content != null) {
                        ExportCompleted done = complete(run, content);
                        completed.add(done);
                        publish(Topics.EXPORT_COMPLETED, run.runId(), done);
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("The stand-in export-service stopped", e);
        }
    }
}
