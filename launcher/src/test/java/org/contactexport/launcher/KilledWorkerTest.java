package org.contactexport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The quality bar "a worker killed in the middle of an export does not lose or duplicate a
 * row": a second export-service, in a process of its own, writes parts of an export and is
 * killed with SIGKILL; the platform's own export-service takes its parts over.
 *
 * <p>Why the kill lands mid-export, and most likely mid-part: the platform's part size is
 * {@value RunningPlatform#PART_SIZE} contacts, so {@value #CONTACTS} contacts make about
 * {@value #CONTACTS}/{@value RunningPlatform#PART_SIZE} parts, which the outbox relay publishes
 * 100 every half second: the export runs for several seconds. The child's part consumers carry
 * a client id that sorts first, so Kafka's range assignor gives it every partition of the part
 * topic; it is killed as soon as it logged its first written part, while it is busy with the
 * rest of the first batch. Had it been between two parts, the check is still valid: the parts
 * it took but whose offsets it never committed are redelivered to the other worker, and the
 * file must still hold each row exactly once, as a clean run does.
 */
class KilledWorkerTest {

    private static final String ACCOUNT = "case-killed-worker";
    private static final String USER = "kim";
    private static final int CONTACTS = 3_000;
    private static final Duration KILLED_EXPORT_LIMIT = Duration.ofMinutes(3);
    private static final Duration START_LIMIT = Duration.ofMinutes(2);
    /** Sorts before the platform's own {@code consumer-export-part-writers-N} ids. */
    private static final String CHILD_PART_CLIENT = "a-killed-worker";
    private static final Path CHILD_LOG = Path.of("target", "killed-worker", "export-service.log");

    /** Data dialect with key headers: a plain file whose rows are easy to count and read. */
    private static final Map<String, Object> EXPORT = Map.of(
            "name", "Base before and after a kill",
            "source", Map.of("type", "ALL"),
            "fields", List.of("email", "first_name", "last_name", "company"),
            "file", Map.of("dialect", "data", "delimiter", ",", "bom", false, "header", "keys"));

    private static PlatformClient account;
    private static ExportServiceProcess child;

    @BeforeAll
    static void importABaseOfManyParts() {
        account = RunningPlatform.client(ACCOUNT, USER);
        JsonNode imported = account.importContacts(ImportFile.of(contacts()));
        assertThat(imported.get("imported").asLong()).as("import: %s", imported)
                .isEqualTo(CONTACTS);
    }

    @AfterAll
    static void stopChild() {
        if (child != null) {
            child.close();
        }
    }

    @Test
    void exportSurvivesAWorkerKilledMidExportWithTheExactFileOfACleanRun() {
        Platform platform = RunningPlatform.get();
        child = ExportServiceProcess.start(platform, CHILD_LOG, CHILD_PART_CLIENT);
        child.awaitUp(START_LIMIT);
        child.awaitLogLine("export-part-writers: partitions assigned: [export-part-requested",
                START_LIMIT);

        String killedExport = account.startExport(EXPORT);
        child.awaitLogLine("Export " + killedExport + ": part ", KILLED_EXPORT_LIMIT);
        String statusAtKill = account.export(killedExport).get("status").asString();
        child.kill();
        reportWhatTheKillInterrupted(platform, killedExport);
        JsonNode job = awaitCompleted(killedExport);
        byte[] file = account.download(killedExport);

        String cleanExport = account.startExport(EXPORT);
        JsonNode cleanJob = awaitCompleted(cleanExport);
        byte[] cleanFile = account.download(cleanExport);

        assertThat(statusAtKill).as("status when the worker was killed").isEqualTo("RUNNING");
        assertThat(job.get("rows").asLong()).isEqualTo(CONTACTS);
        assertThat(cleanJob.get("rows").asLong()).isEqualTo(CONTACTS);
        assertThat(file.length).isEqualTo(cleanFile.length);
        assertThat(Sha256.of(file)).isEqualTo(Sha256.of(cleanFile));
        assertThat(job.get("sha256").asString()).isEqualTo(Sha256.of(file));
        List<String> rows = dataRows(file);
        assertThat(rows).hasSize(CONTACTS).hasSameSizeAs(dataRows(cleanFile));
        assertThat(emails(rows)).doesNotHaveDuplicates().containsExactlyElementsOf(emails());
    }

    private static JsonNode awaitCompleted(String exportId) {
        return await("export " + exportId + " completed")
                .atMost(KILLED_EXPORT_LIMIT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> account.export(exportId), job -> {
                    assertThat(job.get("status").asString())
                            .as("export %s failed: %s", exportId, job.path("failureReason"))
                            .isNotEqualTo("FAILED");
                    return "COMPLETED".equals(job.get("status").asString());
                });
    }

    /**
     * Says what the kill interrupted, read before the platform's worker takes over (it waits for
     * the group to notice the death): a temporary part file is a part killed while writing rows;
     * a part file with no "written" line is a part killed between its move and its commit.
     */
    private static void reportWhatTheKillInterrupted(Platform platform, String exportId) {
        long logged = child.logLines().stream()
                .filter(line -> line.contains("Export " + exportId + ": part "))
                .count();
        Path work = platform.fileStore().resolve(".work").resolve(exportId);
        List<String> files = filesIn(work);
        long temporary = files.stream().filter(name -> name.endsWith(".tmp")).count();
        long moved = files.stream().filter(name -> name.endsWith(".csv")).count();
        System.out.printf("Killed worker: %d part(s) logged as written, %d part file(s) in place,"
                + " %d temporary part file(s) left%n", logged, moved, temporary);
    }

    private static List<String> filesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> contacts() {
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (int n = 1; n <= CONTACTS; n++) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("email", email(n));
            contact.put("first_name", "Prénom " + n);
            contact.put("last_name", "Nom " + n);
            contact.put("company", "Société " + (n % 97));
            contacts.add(contact);
        }
        return contacts;
    }

    private static String email(int n) {
        return String.format("kw-%05d@killed-worker.example.org", n);
    }

    /** The generated emails, in creation order, which is the order of an export. */
    private static List<String> emails() {
        return IntStream.rangeClosed(1, CONTACTS)
                .mapToObj(KilledWorkerTest::email)
                .toList();
    }

    /** The lines after the header; no generated value holds a quote, comma or line break. */
    private static List<String> dataRows(byte[] file) {
        String[] lines = new String(file, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("email,first_name,last_name,company");
        return Arrays.asList(lines).subList(1, lines.length);
    }

    private static List<String> emails(List<String> rows) {
        return rows.stream().map(row -> row.substring(0, row.indexOf(','))).toList();
    }
}
