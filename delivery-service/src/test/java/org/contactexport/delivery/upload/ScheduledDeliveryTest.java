package org.contactexport.delivery.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.contactexport.delivery.ExportServiceStandIn;
import org.contactexport.delivery.ServiceTest;
import org.contactexport.delivery.TopicReader;
import org.contactexport.embedded.SftpAccount;
import org.contactexport.embedded.SftpServer;
import org.contactexport.embedded.SharedServers;
import org.contactexport.events.DeliveryCompleted;
import org.contactexport.events.DeliveryFailed;
import org.contactexport.events.DeliveryScheduleEnding;
import org.contactexport.events.DeliveryScheduled;
import org.contactexport.events.ExportCompleted;
import org.contactexport.events.ExportFailed;
import org.contactexport.events.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

@ExtendWith(OutputCaptureExtension.class)
class ScheduledDeliveryTest extends ServiceTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Case byte-exact-transfer: a BOM, a comma and a line break inside a quoted value. */
    private static final byte[] CASE_BYTE_EXACT = ("\uFEFFemail,custom.notes\r\n"
            + "jeanne.martin@example.org,\"a\nb\"\r\n").getBytes(StandardCharsets.UTF_8);

    private final SftpServer sftp = SharedServers.sftp();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aScheduleDueTwicePutsTwoWholeFilesWithTheirDueTimeInTheirNames() throws Exception {
        // given
        String account = newAccount();
        Path folder = folder("twice");
        String target = createTarget(account, sftp.newAccount(), "/" + folder.getFileName(),
                sftp.port(), sftp.knownHostsLine());

        // when
        UUID schedule = createSchedule(account, target, "contacts_{yyyyMMdd_HHmmss}.csv",
                "{\"type\": \"CRON\", \"cron\": \"*/3 * * * * *\"}", CASE_BYTE_EXACT);
        await().atMost(LIMIT).until(() -> EXPORT_SERVICE.completedOf(schedule).size() >= 2);
        call(account, "POST", "/api/v1/schedules/" + schedule + "/pause", null);

        // then
        List<DeliveryScheduled> runs = EXPORT_SERVICE.scheduledRunsOf(schedule);
        DateTimeFormatter name = DateTimeFormatter.ofPattern("'contacts_'yyyyMMdd_HHmmss'.csv'");
        for (DeliveryScheduled run : runs.subList(0, 2)) {
            Path file = folder.resolve(name.format(run.dueAt().atZone(PARIS)));
            await().atMost(LIMIT).until(() -> Files.exists(file));
            assertThat(Files.readAllBytes(file)).isEqualTo(CASE_BYTE_EXACT);
            assertThat(run.fileOptions().dialect()).isEqualTo("data");
            assertThat(run.scheduleName()).isEqualTo("Partner feed");
        }
        List<DeliveryCompleted> completed = await().atMost(LIMIT).until(
                () -> TopicReader.events(Topics.DELIVERY_COMPLETED, DeliveryCompleted.class,
                        done -> schedule.equals(done.scheduleId())),
                done -> done.size() >= 2);
        assertThat(completed.get(0).bytes()).isEqualTo(CASE_BYTE_EXACT.length);
        assertThat(completed.get(0).sha256())
                .isEqualTo(ExportServiceStandIn.sha256(CASE_BYTE_EXACT));
        assertThat(completed.get(0).remotePath()).startsWith("/twice-").endsWith(".csv");
        assertThat(call(account, "GET", "/api/v1/schedules/" + schedule + "/runs", null).body())
                .contains("\"deliveryStatus\":\"DELIVERED\"").contains("\"attempts\":1");
    }

    @Test
    void aNewScheduleReadBackIsActiveWithTheNextDueTimeItWasCreatedWith() throws Exception {
        // given
        String account = newAccount();
        String target = createTarget(account, sftp.newAccount(), "/", sftp.port(),
                sftp.knownHostsLine());
        HttpResponse<String> created = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, "x.csv", daily(), template()));
        UUID schedule = idOf(created.body());

        // when
        String read = call(account, "GET", "/api/v1/schedules/" + schedule, null).body();

        // then
        String nextDue = created.body().replaceAll(".*\"nextDueAt\":\"([^\"]+)\".*", "$1");
        assertThat(created.body()).contains("\"status\":\"ACTIVE\"");
        assertThat(read).contains("\"status\":\"ACTIVE\"")
                .contains("\"nextDueAt\":\"" + nextDue + "\"");
        assertThat(Instant.parse(nextDue).atZone(PARIS).toLocalTime())
                .isEqualTo(java.time.LocalTime.of(23, 59));
    }

    @Test
    void aRedeliveredExportCompletedUploadsNothingTwice() throws Exception {
        // given
        String account = newAccount();
        Path folder = folder("redelivered");
        String target = createTarget(account, sftp.newAccount(), "/" + folder.getFileName(),
                sftp.port(), sftp.knownHostsLine());
        UUID schedule = createSchedule(account, target, "once_{HHmmss}.csv", daily(),
                bytes("email\r\nines.roux@example.org\r\n"));
        UUID first = runNow(account, schedule);
        awaitRun(account, schedule, first, "DELIVERED");
        ExportCompleted delivered = EXPORT_SERVICE.completedOf(schedule).get(0);

        // when: the same event again, then another run behind it on the single partition
        ExportServiceStandIn.publish(Topics.EXPORT_COMPLETED, delivered.exportId(), delivered);
        UUID second = runNow(account, schedule);
        awaitRun(account, schedule, second, "DELIVERED");

        // then
        List<DeliveryCompleted> completed = TopicReader.events(Topics.DELIVERY_COMPLETED,
                DeliveryCompleted.class, done -> first.equals(done.exportId()));
        assertThat(completed).hasSize(1);
        assertThat(completed.get(0).attempts()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select attempts from schedule_run where id = ?",
                Integer.class, first)).isEqualTo(1);
    }

    @Test
    void aServerDownWhenTheRunIsDueAndBackBeforeTheRetriesEndGetsTheFile() throws Exception {
        // given
        String account = newAccount();
        try (SftpServer partner = SftpServer.start(0, null, null)) {
            SftpAccount user = partner.newAccount();
            String target = createTarget(account, user, "/", partner.port(),
                    partner.hostKeyFingerprint());
            UUID schedule = createSchedule(account, target, "late.csv", daily(),
                    CASE_BYTE_EXACT);
            partner.stop();

            // when
            UUID run = runNow(account, schedule);
            awaitRun(account, schedule, run, "RETRYING");
            partner.start();

            // then
            awaitRun(account, schedule, run, "DELIVERED");
            assertThat(Files.readAllBytes(partner.root().resolve("late.csv")))
                    .isEqualTo(CASE_BYTE_EXACT);
            assertThat(partner.root().resolve(".late.csv." + run + ".part")).doesNotExist();
        }
    }

    @Test
    void anUploadCutOffHalfWayNeverShowsTheFinalNameAndIsRetried(CapturedOutput output)
            throws Exception {
        // given: case sftp-never-shows-a-partial-file, the transfer cut by an outage
        String account = newAccount();
        byte[] big = bigFile(64 * 1024 * 1024);
        try (SftpServer partner = SftpServer.start(0, null, null)) {
            String target = createTarget(account, partner.newAccount(), "/", partner.port(),
                    partner.hostKeyFingerprint());
            UUID schedule = createSchedule(account, target, "cut.csv", daily(), big);
            Path finalName = partner.root().resolve("cut.csv");

            // when
            UUID run = runNow(account, schedule);
            String temporary = ".cut.csv." + run + ".part";
            await().atMost(LIMIT).pollInterval(Duration.ofMillis(5))
                    .until(() -> Files.exists(partner.root().resolve(temporary)));
            partner.stop();

            // then
            awaitRun(account, schedule, run, "RETRYING");
            assertThat(finalName).doesNotExist();
            assertThat(output.getAll()).contains("Upload of export " + run + " failed (attempt "
                    + "1), retrying later: The connection to 127.0.0.1:" + partner.port()
                    + " was cut during the upload.");
            partner.start();
            awaitRun(account, schedule, run, "DELIVERED");
            assertThat(Files.readAllBytes(finalName)).isEqualTo(big);
            assertThat(partner.root().resolve(temporary)).doesNotExist();
        }
    }

    @Test
    void runNowClickedTenTimesAtOnceStartsOneRunAndTellsTheOthersSinceWhenItRuns()
            throws Exception {
        // given
        String account = newAccount();
        Path folder = folder("clicked");
        String target = createTarget(account, sftp.newAccount(), "/" + folder.getFileName(),
                sftp.port(), sftp.knownHostsLine());
        UUID schedule = createSchedule(account, target, "clicked.csv", daily(),
                CASE_BYTE_EXACT);
        String path = "/api/v1/schedules/" + schedule + "/run-now";

        // when
        List<HttpResponse<String>> answers;
        ExecutorService clicks = Executors.newFixedThreadPool(10);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                sent.add(clicks.submit(() -> call(account, "POST", path, null)));
            }
            answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            clicks.shutdown();
        }

        // then
        List<HttpResponse<String>> accepted = answers.stream()
                .filter(answer -> answer.statusCode() == 202).toList();
        List<HttpResponse<String>> refused = answers.stream()
                .filter(answer -> answer.statusCode() == 409).toList();
        assertThat(accepted).hasSize(1);
        assertThat(refused).hasSize(9);
        UUID run = UUID.fromString(accepted.get(0).body()
                .replaceAll(".*\"exportId\":\"([^\"]+)\".*", "$1"));
        assertThat(refused.get(0).body())
                .contains("\"detail\":\"A run of schedule " + schedule + " is in progress since ")
                .contains("wait for it to end before running the schedule again.")
                .contains("\"runId\":\"" + run + "\"");
        awaitRun(account, schedule, run, "DELIVERED");
        assertThat(Files.readAllBytes(folder.resolve("clicked.csv"))).isEqualTo(CASE_BYTE_EXACT);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactly("clicked.csv");
        }
        assertThat(runNowAnswer(account, schedule).statusCode()).isEqualTo(202);
    }

    @Test
    void runNowOnAPausedScheduleAsksToResumeItFirst() throws Exception {
        // given
        String account = newAccount();
        String target = createTarget(account, sftp.newAccount(), "/", sftp.port(),
                sftp.knownHostsLine());
        UUID schedule = createSchedule(account, target, "paused.csv", daily(), CASE_BYTE_EXACT);
        call(account, "POST", "/api/v1/schedules/" + schedule + "/pause", null);

        // when
        HttpResponse<String> refused = runNowAnswer(account, schedule);

        // then
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("\"detail\":\"Schedule " + schedule
                + " is paused: resume it first to run it now.\"");
    }

    @Test
    void twoSchedulesWritingOneNameAtOnceBothDeliverAndTheFileIsWholeFromOneOfThem()
            throws Exception {
        // given
        String account = newAccount();
        Path folder = folder("same-name");
        String target = createTarget(account, sftp.newAccount(), "/" + folder.getFileName(),
                sftp.port(), sftp.knownHostsLine());
        byte[] first = bigFile(8 * 1024 * 1024);
        byte[] second = bytes("email\r\nines.roux@example.org\r\n");
        UUID one = createSchedule(account, target, "shared.csv", daily(), first);
        UUID other = createSchedule(account, target, "shared.csv", daily(), second);

        // when
        UUID oneRun = runNow(account, one);
        UUID otherRun = runNow(account, other);

        // then
        awaitRun(account, one, oneRun, "DELIVERED");
        awaitRun(account, other, otherRun, "DELIVERED");
        assertThat(Files.readAllBytes(folder.resolve("shared.csv"))).isIn(first, second);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactly("shared.csv");
        }
    }

    @Test
    void aTemporaryFileRemovedByAnotherProgramIsNotReportedAsAMissingDirectory()
            throws Exception {
        // given
        String account = newAccount();
        byte[] big = bigFile(64 * 1024 * 1024);
        Path folder = folder("vanish");
        String directory = "/" + folder.getFileName();
        String target = createTarget(account, sftp.newAccount(), directory, sftp.port(),
                sftp.knownHostsLine());
        UUID schedule = createSchedule(account, target, "vanish.csv", daily(), big);

        // when
        UUID run = runNow(account, schedule);
        String temporary = ".vanish.csv." + run + ".part";
        await().atMost(LIMIT).pollInterval(Duration.ofMillis(5))
                .until(() -> Files.exists(folder.resolve(temporary)));
        Files.delete(folder.resolve(temporary));

        // then
        await().atMost(LIMIT).until(() -> call(account, "GET",
                "/api/v1/schedules/" + schedule + "/runs", null).body(),
                runs -> runs.contains("\"reason\":\"The file " + directory + "/" + temporary
                        + " disappeared from 127.0.0.1 during the upload: another program "
                        + "moved or removed it.\""));
        awaitRun(account, schedule, run, "DELIVERED");
        assertThat(Files.readAllBytes(folder.resolve("vanish.csv"))).isEqualTo(big);
    }

    @Test
    void aCronOfEverySecondAndACronThatNeverRunsAreRefused() throws Exception {
        // given
        String account = newAccount();
        String target = createTarget(account, sftp.newAccount(), "/", sftp.port(),
                sftp.knownHostsLine());

        // when
        HttpResponse<String> everySecond = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, "x.csv", "{\"type\": \"CRON\", \"cron\": \"* * * * * *\"}",
                        template()));
        HttpResponse<String> never = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, "x.csv", "{\"type\": \"CRON\", \"cron\": \"0 0 0 30 2 *\"}",
                        template()));

        // then
        assertThat(everySecond.statusCode()).isEqualTo(400);
        assertThat(everySecond.body()).contains("\"detail\":\"frequency: runs must be at least "
                + "2 seconds apart; the cron * * * * * * runs at ");
        assertThat(never.statusCode()).isEqualTo(400);
        assertThat(never.body()).contains("\"detail\":\"frequency: the cron 0 0 0 30 2 * never "
                + "runs; give one that does, e.g. 0 0 6 * * MON-FRI.\"");
    }

    @Test
    void aScheduleOverdueForThreeDaysRunsOnceThenAtItsNextTimeFromNow() throws Exception {
        // given: the service was down since a due time three days ago
        String account = newAccount();
        String target = createTarget(account, sftp.newAccount(), "/", sftp.port(),
                sftp.knownHostsLine());
        UUID schedule = createSchedule(account, target, "overdue_{yyyyMMdd}.csv", daily(),
                CASE_BYTE_EXACT);
        Instant overdue = LocalDate.now(PARIS).minusDays(3).atTime(23, 59).atZone(PARIS)
                .toInstant();

        // when
        jdbc.update("update scheduled_tasks set execution_time = ? "
                        + "where task_name = 'schedule-due' and task_instance = ?",
                java.sql.Timestamp.from(overdue), schedule.toString());

        // then
        await().atMost(LIMIT).during(Duration.ofSeconds(3))
                .until(() -> EXPORT_SERVICE.scheduledRunsOf(schedule).size() == 1);
        assertThat(EXPORT_SERVICE.scheduledRunsOf(schedule).get(0).dueAt()).isEqualTo(overdue);
        Instant expectedNext = java.time.ZonedDateTime.now(PARIS).toLocalTime()
                .isBefore(java.time.LocalTime.of(23, 59))
                ? LocalDate.now(PARIS).atTime(23, 59).atZone(PARIS).toInstant()
                : LocalDate.now(PARIS).plusDays(1).atTime(23, 59).atZone(PARIS).toInstant();
        assertThat(call(account, "GET", "/api/v1/schedules/" + schedule, null).body())
                .contains("\"nextDueAt\":\"" + expectedNext + "\"");
    }

    @Test
    void nulAndLineBreaksInNamesPathsAndReferencesAreRefusedNamingTheField() throws Exception {
        // given
        String account = newAccount();
        String target = createTarget(account, sftp.newAccount(), "/", sftp.port(),
                sftp.knownHostsLine());
        String plain = "must not contain control characters such as NUL, CR or LF";

        // when
        HttpResponse<String> targetName = call(account, "POST", "/api/v1/sftp-targets", """
                {"name": "Part\\u0000ner", "host": "127.0.0.1", "port": 22, "username": "u\\u0000",
                 "password": "p", "hostKey": "%s", "directory": "/in\\u0000"}"""
                .formatted(sftp.knownHostsLine()));
        HttpResponse<String> scheduleName = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, "x\\u0000.csv", daily(), template())
                        .replace("Partner feed", "Partner\\r\\nfeed"));
        HttpResponse<String> reference = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, "x.csv", daily(), """
                        "template": {"source": {"type": "SEGMENT", "reference": "a\\u0000"},
                                     "fields": ["email"]}"""));
        HttpResponse<String> edit = call(account, "PATCH", "/api/v1/sftp-targets/" + target,
                "{\"host\": \"127.0.0.1\\u0000\"}");

        // then
        assertThat(targetName.statusCode()).isEqualTo(400);
        assertThat(targetName.body()).contains("\"detail\":\"directory: " + plain + "; name: "
                + plain + "; username: " + plain + "\"");
        assertThat(scheduleName.statusCode()).isEqualTo(400);
        assertThat(scheduleName.body()).contains("\"detail\":\"fileNamePattern: " + plain
                + "; name: " + plain + "\"");
        assertThat(reference.statusCode()).isEqualTo(400);
        assertThat(reference.body())
                .contains("\"detail\":\"template.source.reference: " + plain + "\"");
        assertThat(edit.statusCode()).isEqualTo(400);
        assertThat(edit.body()).contains("\"detail\":\"host: " + plain + "\"");
    }

    @Test
    void datesBeyondTenYearsOrInThePastAreRefusedWithTheLatestOrEarliestDayAllowed()
            throws Exception {
        // given
        String account = newAccount();
        String target = createTarget(account, sftp.newAccount(), "/", sftp.port(),
                sftp.knownHostsLine());
        LocalDate today = LocalDate.now(PARIS);

        // when
        HttpResponse<String> farAway = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, "x.csv", daily(), """
                        "startDate": "9999-12-31", "endDate": "+999999999-12-31", """
                        + template()));
        HttpResponse<String> longRunning = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, "x.csv", daily(), "\"endDate\": \"+999999999-12-31\", "
                        + template()));
        HttpResponse<String> past = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, "x.csv", daily(), "\"startDate\": \"2020-01-01\", "
                        + template()));

        // then
        assertThat(farAway.statusCode()).isEqualTo(400);
        assertThat(farAway.body()).contains("\"detail\":\"startDate: 9999-12-31 is more than "
                + "10 years away; give " + today.plusYears(10) + " at the latest.\"");
        assertThat(longRunning.statusCode()).isEqualTo(400);
        assertThat(longRunning.body()).contains("\"detail\":\"endDate: +999999999-12-31 is "
                + "more than 10 years after startDate " + today + "; give "
                + today.plusYears(10) + " at the latest.\"");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("\"detail\":\"startDate: 2020-01-01 is in the past; "
                + "give " + today + " or a later day.\"");
    }

    @Test
    void aPatternResolvingToMoreThan255BytesIsRefusedWhenSaved() throws Exception {
        // given
        String account = newAccount();
        String target = createTarget(account, sftp.newAccount(), "/", sftp.port(),
                sftp.knownHostsLine());
        String longName = "n".repeat(200);

        // when
        HttpResponse<String> refused = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, "{name}{name}.csv", daily(), template())
                        .replace("Partner feed", longName));

        // then
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"detail\":\"fileNamePattern: the file name would "
                + "be 404 bytes long, more than 255: shorten the pattern or the name.\"");
    }

    @Test
    void aPatternThatCannotBeResolvedAtRunTimeFailsTheRunWithItsReasonOnce() throws Exception {
        // given: a schedule saved before the length was checked
        String account = newAccount();
        String target = createTarget(account, sftp.newAccount(), "/", sftp.port(),
                sftp.knownHostsLine());
        UUID schedule = createSchedule(account, target, "x.csv", daily(), CASE_BYTE_EXACT);
        jdbc.update("update delivery_schedule set name = ?, file_name_pattern = ? where id = ?",
                "n".repeat(200), "{name}{name}.csv", schedule);

        // when
        HttpResponse<String> run = runNowAnswer(account, schedule);

        // then
        String reason = "The file name pattern {name}{name}.csv could not be resolved: the "
                + "file name would be 404 bytes long, more than 255: shorten the pattern or the "
                + "name. Edit the schedule's fileNamePattern.";
        assertThat(run.statusCode()).isEqualTo(202);
        assertThat(run.body()).contains("\"deliveryStatus\":\"FAILED\"")
                .contains("\"reason\":\"" + reason + "\"");
        UUID exportId = UUID.fromString(
                run.body().replaceAll(".*\"exportId\":\"([^\"]+)\".*", "$1"));
        DeliveryFailed failed = awaitFailure(exportId);
        assertThat(failed.reason()).isEqualTo(reason);
        assertThat(failed.attempts()).isEqualTo(0);
        assertThat(failed.notifyUserIds()).containsExactly("alice");
        assertThat(EXPORT_SERVICE.scheduledRunsOf(schedule)).isEmpty();
    }

    @Test
    void aScheduleDeletedDuringItsUploadIsGoneForItsUsersAndTheUploadStillEndsAndIsTold(
            CapturedOutput output) throws Exception {
        // given: a run retrying its upload
        String account = newAccount();
        try (SftpServer partner = SftpServer.start(0, null, null)) {
            String target = createTarget(account, partner.newAccount(), "/", partner.port(),
                    partner.hostKeyFingerprint());
            UUID schedule = createSchedule(account, target, "deleted.csv", daily(),
                    CASE_BYTE_EXACT);
            partner.stop();
            UUID run = runNow(account, schedule);
            awaitRun(account, schedule, run, "RETRYING");

            // when
            HttpResponse<String> deleted = call(account, "DELETE",
                    "/api/v1/schedules/" + schedule, null);
            partner.start();

            // then
            assertThat(deleted.statusCode()).isEqualTo(204);
            assertThat(call(account, "GET", "/api/v1/schedules/" + schedule, null).statusCode())
                    .isEqualTo(404);
            List<DeliveryCompleted> completed = await().atMost(LIMIT).until(
                    () -> TopicReader.events(Topics.DELIVERY_COMPLETED, DeliveryCompleted.class,
                            done -> run.equals(done.exportId())),
                    done -> done.size() == 1);
            assertThat(completed.get(0).remotePath()).isEqualTo("/deleted.csv");
            assertThat(Files.readAllBytes(partner.root().resolve("deleted.csv")))
                    .isEqualTo(CASE_BYTE_EXACT);
            await().atMost(LIMIT).until(() -> jdbc.queryForObject(
                    "select count(*) from delivery_schedule where id = ?", Integer.class,
                    schedule) == 0);
            assertThat(output.getAll()).doesNotContain("NoSuchElementException");
        }
    }

    @Test
    void aFailedExportMarksItsRunFailed() throws Exception {
        // given: a run whose export the stand-in does not complete
        String account = newAccount();
        String target = createTarget(account, sftp.newAccount(), "/", sftp.port(),
                sftp.knownHostsLine());
        HttpResponse<String> created = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, "x.csv", daily(), template()));
        UUID schedule = idOf(created.body());
        UUID run = runNow(account, schedule);

        // when
        ExportServiceStandIn.publish(Topics.EXPORT_FAILED, run, new ExportFailed(
                ExportFailed.VERSION, run, account, "Partner feed",
                "contact-service did not answer", List.of("alice"), schedule, Instant.now()));

        // then
        awaitRun(account, schedule, run, "EXPORT_FAILED");
        assertThat(call(account, "GET", "/api/v1/schedules/" + schedule + "/runs", null).body())
                .contains("\"reason\":\"contact-service did not answer\"");
    }

    @Test
    void aServerDownThroughoutEndsInDeliveryFailedWithTheReason() throws Exception {
        // given
        String account = newAccount();
        SftpServer partner = SftpServer.start(0, null, null);
        String target = createTarget(account, partner.newAccount(), "/", partner.port(),
                partner.hostKeyFingerprint());
        UUID schedule = createSchedule(account, target, "never.csv", daily(), CASE_BYTE_EXACT);
        partner.stop();

        // when
        UUID run = runNow(account, schedule);

        // then
        DeliveryFailed failed = awaitFailure(run);
        assertThat(failed.reason()).isEqualTo("127.0.0.1:" + partner.port()
                + " refused the connection: no SSH server listens on that port.");
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(failed.notifyUserIds()).containsExactly("alice");
        assertThat(failed.remotePath()).isEqualTo("/never.csv");
        awaitRun(account, schedule, run, "FAILED");
    }

    @Test
    void aWrongPasswordAChangedHostKeyAndAMissingDirectoryFailARealRunWithTheirOwnReason(
            CapturedOutput output) throws Exception {
        // given
        String account = newAccount();
        SftpAccount user = sftp.newAccount();
        SftpAccount wrong = new SftpAccount(user.user(), "not-" + user.password());
        String otherKey;
        try (SftpServer other = SftpServer.start(0, null, null)) {
            otherKey = other.hostKeyFingerprint();
        }
        String badPassword = createTarget(account, wrong, "/", sftp.port(),
                sftp.knownHostsLine());
        String changedKey = createTarget(account, user, "/", sftp.port(), otherKey);
        String noFolder = createTarget(account, user, "/missing-folder", sftp.port(),
                sftp.knownHostsLine());

        // when
        UUID passwordRun = runNow(account, createSchedule(account, badPassword, "a.csv",
                daily(), CASE_BYTE_EXACT));
        UUID keyRun = runNow(account, createSchedule(account, changedKey, "b.csv", daily(),
                CASE_BYTE_EXACT));
        UUID folderRun = runNow(account, createSchedule(account, noFolder, "c.csv", daily(),
                CASE_BYTE_EXACT));

        // then
        assertThat(awaitFailure(passwordRun).reason()).isEqualTo("The server 127.0.0.1:"
                + sftp.port() + " refused the password or key of user " + user.user() + ".");
        assertThat(awaitFailure(keyRun).reason()).startsWith("The server 127.0.0.1:"
                + sftp.port() + " showed the host key " + sftp.hostKeyFingerprint()
                + " but the target pins " + otherKey);
        assertThat(awaitFailure(folderRun).reason()).isEqualTo("The directory /missing-folder"
                + " does not exist on 127.0.0.1: create it or correct the target's directory.");
        assertThat(output.getAll()).doesNotContain(user.password())
                .doesNotContain(wrong.password());
    }

    @Test
    void anEditChangesFieldsAndFrequencyAndKeepsTheRuns() throws Exception {
        // given
        String account = newAccount();
        String target = createTarget(account, sftp.newAccount(), "/", sftp.port(),
                sftp.knownHostsLine());
        UUID schedule = createSchedule(account, target, "edited.csv", daily(), bytes("x\r\n"));
        UUID run = runNow(account, schedule);

        // when
        HttpResponse<String> edited = call(account, "PATCH", "/api/v1/schedules/" + schedule,
                """
                {"fields": ["email", "mobile"],
                 "frequency": {"type": "WEEKLY", "dayOfWeek": "MONDAY", "time": "07:00"}}""");

        // then
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(edited.body()).contains("\"fields\":[\"email\",\"mobile\"]")
                .contains("\"dayOfWeek\":\"MONDAY\"").contains("\"status\":\"ACTIVE\"")
                .contains("\"fileNamePattern\":\"edited.csv\"");
        assertThat(call(account, "GET", "/api/v1/schedules/" + schedule + "/runs", null).body())
                .contains(run.toString());
        String nextDue = edited.body().replaceAll(".*\"nextDueAt\":\"([^\"]+)\".*", "$1");
        assertThat(java.time.Instant.parse(nextDue).atZone(PARIS).getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.MONDAY);
    }

    @Test
    void aReaderOfTheDirectoryNeverSeesAPartialFileUnderTheFinalName() throws Exception {
        // given: case sftp-never-shows-a-partial-file, with a file big enough to take a while
        String account = newAccount();
        Path folder = folder("polled");
        String target = createTarget(account, sftp.newAccount(), "/" + folder.getFileName(),
                sftp.port(), sftp.knownHostsLine());
        byte[] big = bigFile(40 * 1024 * 1024);
        UUID schedule = createSchedule(account, target, "contacts_{yyyy-MM-dd}.csv", daily(),
                big);
        Path finalName = folder.resolve(
                "contacts_" + LocalDate.now(PARIS).format(DateTimeFormatter.ISO_LOCAL_DATE)
                        + ".csv");
        DirectoryReader reader = DirectoryReader.polling(finalName);

        // when
        UUID run = runNow(account, schedule);
        awaitRun(account, schedule, run, "DELIVERED");
        reader.stop();

        // then
        assertThat(reader.temporaryNamesSeen())
                .containsExactly("." + finalName.getFileName() + "." + run + ".part");
        assertThat(reader.sizesSeenUnderFinalName()).containsOnly((long) big.length);
        assertThat(Files.readAllBytes(finalName)).isEqualTo(big);
    }

    @Test
    void aScheduleIsBasedOnACompletedExportAndRefusesOneThatIsNot() throws Exception {
        // given
        String account = newAccount();
        String target = createTarget(account, sftp.newAccount(), "/", sftp.port(),
                sftp.knownHostsLine());
        UUID done = UUID.randomUUID();
        UUID running = UUID.randomUUID();
        EXPORT_SERVICE.knowsExport(account, done, exportJson(done, "COMPLETED"));
        EXPORT_SERVICE.knowsExport(account, running, exportJson(running, "RUNNING"));
        UUID unknown = UUID.randomUUID();

        // when
        HttpResponse<String> fromDone = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, "x.csv", daily(), "\"fromExport\": \"" + done + "\""));
        HttpResponse<String> fromRunning = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, "x.csv", daily(), "\"fromExport\": \"" + running + "\""));
        HttpResponse<String> fromUnknown = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, "x.csv", daily(), "\"fromExport\": \"" + unknown + "\""));

        // then
        assertThat(fromDone.statusCode()).isEqualTo(201);
        assertThat(fromDone.body())
                .contains("\"source\":{\"type\":\"SEGMENT\",\"reference\":\"sms-contacts\"")
                .contains("\"fields\":[\"mobile\",\"first_name\"]")
                .contains("\"dialect\":\"data\"");
        assertThat(fromRunning.statusCode()).isEqualTo(409);
        assertThat(fromRunning.body()).contains("Export " + running + " is RUNNING");
        assertThat(fromUnknown.statusCode()).isEqualTo(404);
        assertThat(fromUnknown.body()).contains("No export " + unknown + " in this account");
    }

    @Test
    void aFileNameThatWouldLeaveTheDirectoryIsRefused() throws Exception {
        String account = newAccount();
        String target = createTarget(account, sftp.newAccount(), "/", sftp.port(),
                sftp.knownHostsLine());

        HttpResponse<String> refused = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, "../{yyyy}.csv", daily(), template()));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("fileNamePattern: the file name '../")
                .contains("must not be empty nor contain '/', '\\\\' or '..'");
    }

    @Test
    void theUsersAreToldOnceThatAScheduleEndsWithinTheNotice() throws Exception {
        // given
        String account = newAccount();
        String target = createTarget(account, sftp.newAccount(), "/", sftp.port(),
                sftp.knownHostsLine());
        LocalDate end = LocalDate.now(PARIS).plusDays(3);

        // when
        HttpResponse<String> created = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, "x.csv", daily(),
                        "\"endDate\": \"" + end + "\", " + template()));
        UUID schedule = idOf(created.body());

        // then
        await().atMost(LIMIT).during(Duration.ofSeconds(3)).until(() -> TopicReader.events(
                Topics.DELIVERY_SCHEDULE_ENDING, DeliveryScheduleEnding.class,
                ending -> schedule.equals(ending.scheduleId())).size() == 1);
        DeliveryScheduleEnding ending = TopicReader.events(Topics.DELIVERY_SCHEDULE_ENDING,
                DeliveryScheduleEnding.class, e -> schedule.equals(e.scheduleId())).get(0);
        assertThat(ending.endsOn()).isEqualTo(end);
        assertThat(ending.notifyUserIds()).containsExactly("alice");
    }

    private DeliveryFailed awaitFailure(UUID exportId) {
        return await().atMost(LIMIT).until(
                () -> TopicReader.events(Topics.DELIVERY_FAILED, DeliveryFailed.class,
                        failed -> exportId.equals(failed.exportId())),
                failed -> failed.size() == 1).get(0);
    }

    private void awaitRun(String account, UUID schedule, UUID run, String status) {
        await().atMost(LIMIT).until(() -> call(account, "GET",
                "/api/v1/schedules/" + schedule + "/runs", null).body(),
                runs -> runs.matches("(?s).*\"exportId\":\"" + run
                        + "\",\"deliveryStatus\":\"" + status + "\".*"));
    }

    private HttpResponse<String> runNowAnswer(String account, UUID schedule) throws Exception {
        return call(account, "POST", "/api/v1/schedules/" + schedule + "/run-now", null);
    }

    private UUID runNow(String account, UUID schedule) throws Exception {
        HttpResponse<String> response = runNowAnswer(account, schedule);
        assertThat(response.statusCode()).isEqualTo(202);
        return UUID.fromString(
                response.body().replaceAll(".*\"exportId\":\"([^\"]+)\".*", "$1"));
    }

    private String createTarget(String account, SftpAccount user, String directory, int port,
            String hostKey) throws Exception {
        HttpResponse<String> response = call(account, "POST", "/api/v1/sftp-targets", """
                {"name": "Partner", "host": "127.0.0.1", "port": %d, "username": "%s",
                 "password": "%s", "hostKey": "%s", "directory": "%s"}"""
                .formatted(port, user.user(), user.password(), hostKey, directory));
        assertThat(response.statusCode()).isEqualTo(201);
        return idOf(response.body()).toString();
    }

    private UUID createSchedule(String account, String target, String pattern,
            String frequency, byte[] content) throws Exception {
        HttpResponse<String> response = call(account, "POST", "/api/v1/schedules",
                scheduleJson(target, pattern, frequency, template()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        UUID schedule = idOf(response.body());
        EXPORT_SERVICE.serve(schedule, content);
        return schedule;
    }

    private static String scheduleJson(String target, String pattern, String frequency,
            String basis) {
        return """
                {"name": "Partner feed", "targetId": "%s", "fileNamePattern": "%s",
                 "frequency": %s, "timeZone": "Europe/Paris", "notifyUserIds": ["alice"],
                 %s}""".formatted(target, pattern, frequency, basis);
    }

    private static String template() {
        return """
                "template": {"source": {"type": "ALL", "name": "Whole base"},
                             "fields": ["email", "custom.notes"]}""";
    }

    private static String daily() {
        return "{\"type\": \"DAILY\", \"time\": \"23:59\"}";
    }

    private static String exportJson(UUID id, String status) {
        return """
                {"id": "%s", "name": "SMS", "status": "%s", "automated": false,
                 "source": {"type": "SEGMENT", "reference": "sms-contacts", "name": "SMS"},
                 "fields": ["mobile", "first_name"],
                 "file": {"dialect": "data", "delimiter": ";", "bom": false, "header": "keys",
                          "timeZone": "Europe/Paris"}}""".formatted(id, status);
    }

    private Path folder(String prefix) throws Exception {
        return Files.createDirectories(
                sftp.root().resolve(prefix + "-" + UUID.randomUUID().toString().substring(0, 8)));
    }

    private static UUID idOf(String json) {
        return UUID.fromString(json.replaceAll("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bigFile(int size) {
        byte[] line = bytes("jeanne.martin@example.org,\"a\nb\"\r\n");
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = line[i % line.length];
        }
        return content;
    }
}
