package org.contactexport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.contactexport.embedded.SftpAccount;
import org.contactexport.embedded.SftpServer;
import tools.jackson.databind.JsonNode;

/**
 * A customer's SFTP folder on the platform's local SFTP server, with the target and schedules
 * that deliver to it, set up through delivery-service's public API as a customer would.
 */
final class SftpDelivery {

    static final Duration DELIVERY_TIME_LIMIT = Duration.ofSeconds(60);

    private final PlatformClient client;
    private final Path folder;
    private final String targetId;

    private SftpDelivery(PlatformClient client, Path folder, String targetId) {
        this.client = client;
        this.folder = folder;
        this.targetId = targetId;
    }

    /** A fresh folder and login on the local SFTP server, saved as a target of the account. */
    static SftpDelivery newTarget(PlatformClient client) {
        return newTarget(client, null);
    }

    /** As {@link #newTarget(PlatformClient)}, but the target is saved with this password. */
    static SftpDelivery newTarget(PlatformClient client, String savedPassword) {
        SftpServer sftp = RunningPlatform.get().sftp();
        String name = "feed-" + UUID.randomUUID().toString().substring(0, 8);
        Path folder = createFolder(sftp.root().resolve(name));
        SftpAccount login = sftp.addUser(name, UUID.randomUUID().toString());

        HttpResponse<String> saved = client.callDelivery("POST", "/api/v1/sftp-targets",
                targetJson(sftp, login.user(),
                        savedPassword != null ? savedPassword : login.password(), "/" + name));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        return new SftpDelivery(client, folder, PlatformClient.parse(saved.body())
                .get("id").asString());
    }

    static String targetJson(SftpServer sftp, String user, String password, String directory) {
        return PlatformClient.json(Map.of("name", "Serveur partenaire", "host", "127.0.0.1",
                "port", sftp.port(), "username", user, "password", password,
                "hostKey", sftp.knownHostsLine(), "directory", directory));
    }

    String targetId() {
        return targetId;
    }

    Path folder() {
        return folder;
    }

    /** A daily schedule copied from a completed export; it runs when asked to. */
    String scheduleFrom(String exportId, String fileNamePattern, List<String> notify) {
        Map<String, Object> schedule = Map.of("name", "Flux partenaire", "targetId", targetId,
                "fromExport", exportId, "fileNamePattern", fileNamePattern,
                "frequency", Map.of("type", "DAILY", "time", "03:00"),
                "timeZone", "Europe/Paris", "notifyUserIds", notify);
        HttpResponse<String> created = client.callDelivery("POST", "/api/v1/schedules",
                PlatformClient.json(schedule));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return PlatformClient.parse(created.body()).get("id").asString();
    }

    void runNow(String scheduleId) {
        HttpResponse<String> started = client.callDelivery("POST",
                "/api/v1/schedules/" + scheduleId + "/run-now", null);
        assertThat(started.statusCode()).as(started.body()).isBetween(200, 202);
    }

    /** Waits until the schedule has this many runs, all ended, and returns them. */
    JsonNode awaitRunsEnded(String scheduleId, int runs) {
        return await("schedule " + scheduleId + ": " + runs + " runs ended")
                .atMost(DELIVERY_TIME_LIMIT)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> runs(scheduleId), all -> all.size() == runs
                        && all.valueStream().allMatch(run -> List.of("DELIVERED", "FAILED",
                                "EXPORT_FAILED").contains(run.get("deliveryStatus").asString())));
    }

    JsonNode runs(String scheduleId) {
        HttpResponse<String> answer = client.callDelivery("GET",
                "/api/v1/schedules/" + scheduleId + "/runs", null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = PlatformClient.parse(answer.body());
        return body.isArray() ? body : body.get("items");
    }

    /** The names of the files in the folder, sorted. */
    List<String> files() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] read(String fileName) {
        try {
            return Files.readAllBytes(folder.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
