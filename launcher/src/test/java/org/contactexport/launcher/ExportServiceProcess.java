package org.contactexport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.contactexport.embedded.FreePorts;
import org.contactexport.export.ExportServiceApplication;

/**
 * A second export-service in a JVM process of its own, joined to the running platform's
 * database, Kafka broker and file store, so that a test can kill it with SIGKILL.
 */
final class ExportServiceProcess implements AutoCloseable {

    /** Short, so that the consumer groups notice a killed member within seconds, not 45 s. */
    private static final int SESSION_TIMEOUT_MS = 6_000;
    private static final int HEARTBEAT_MS = 2_000;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final Process process;
    private final Path log;
    private final int port;

    private ExportServiceProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the process with the settings Platform gives its export-service.
     *
     * @param partClientId the Kafka client id of its part consumers: the range assignor hands
     *                     partitions to the members whose ids sort first
     */
    static ExportServiceProcess start(Platform platform, Path log, String partClientId) {
        int port = FreePorts.next();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command()
                        .orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                                .toString()),
                "-Xmx384m",
                "-cp", System.getProperty("java.class.path"),
                ExportServiceApplication.class.getName()));
        String binding = "spring.cloud.stream.kafka.bindings.writeExportPart-in-0.consumer.";
        String consumers = "spring.cloud.stream.kafka.binder.consumer-properties.";
        List<String> properties = List.of(
                "server.port=" + port,
                "server.address=127.0.0.1",
                "spring.datasource.url=" + platform.postgres().jdbcUrl("exports"),
                "spring.datasource.username=" + platform.postgres().username(),
                "spring.datasource.password=",
                // Platform keeps its JWT secret to itself; this process's public API is never
                // called, so a secret of its own lets it start without weakening anything.
                "platform.security.jwt-secret=" + randomSecret(),
                "platform.file-store.root=" + platform.fileStore(),
                "platform.contact-service.url=" + platform.contactUrl(),
                "platform.segment-service.url=" + platform.segmentUrl(),
                "platform.notification-service.url=" + platform.notificationUrl(),
                "platform.delivery-service.public-url=" + platform.deliveryUrl(),
                "platform.export.part-size=" + RunningPlatform.PART_SIZE,
                "spring.cloud.stream.kafka.binder.brokers=" + platform.kafka().bootstrapServers(),
                "spring.kafka.bootstrap-servers=" + platform.kafka().bootstrapServers(),
                consumers + "session.timeout.ms=" + SESSION_TIMEOUT_MS,
                consumers + "heartbeat.interval.ms=" + HEARTBEAT_MS,
                binding + "configuration.client.id=" + partClientId);
        properties.forEach(property -> command.add("--" + property));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new ExportServiceProcess(process, log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until actuator health says UP, failing at once if the process died. */
    void awaitUp(Duration limit) {
        await("export-service process up, log in " + log)
                .atMost(limit)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    assertThat(process.isAlive()).as("process alive, log in %s", log).isTrue();
                    return healthy();
                });
    }

    /** Waits until the log shows a line containing the text. */
    void awaitLogLine(String text, Duration limit) {
        await("'" + text + "' in " + log)
                .atMost(limit)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> logLines().stream().anyMatch(line -> line.contains(text)));
    }

    List<String> logLines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook, no graceful leave of the consumer groups, no commit. */
    void kill() {
        process.destroyForcibly();
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed process gone").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private boolean healthy() {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            var response = HTTP.send(request, BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String randomSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }
}
