package org.contactexport.delivery.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.contactexport.delivery.DeliveryServiceApplication;
import org.contactexport.delivery.ServiceTest;
import org.contactexport.embedded.SftpAccount;
import org.contactexport.embedded.SftpServer;
import org.contactexport.embedded.SharedServers;
import org.contactexport.events.DeliveryScheduled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

class TwoInstancesTest extends ServiceTest {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoInstancesOnOneDatabaseRunEachDueTimeOfAScheduleExactlyOnce() throws Exception {
        // given: a second instance on the same database and broker
        String account = newAccount();
        SftpServer sftp = SharedServers.sftp();
        SftpAccount user = sftp.newAccount();
        try (ConfigurableApplicationContext second = secondInstance()) {
            String target = idOf(call(account, "POST", "/api/v1/sftp-targets", """
                    {"name": "Partner", "host": "127.0.0.1", "port": %d, "username": "%s",
                     "password": "%s", "hostKey": "%s", "directory": "/"}"""
                    .formatted(sftp.port(), user.user(), user.password(),
                            sftp.hostKeyFingerprint())));

            // when
            UUID schedule = UUID.fromString(idOf(call(account, "POST", "/api/v1/schedules", """
                    {"name": "Every two seconds", "targetId": "%s",
                     "fileNamePattern": "two_{HHmmss}.csv",
                     "frequency": {"type": "CRON", "cron": "*/2 * * * * *"},
                     "timeZone": "UTC",
                     "template": {"source": {"type": "ALL"}, "fields": ["email"]}}"""
                    .formatted(target))));
            EXPORT_SERVICE.serve(schedule, "email\r\n".getBytes(StandardCharsets.UTF_8));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> EXPORT_SERVICE.scheduledRunsOf(schedule).size() >= 6);
            call(account, "POST", "/api/v1/schedules/" + schedule + "/pause", null);
        }

        // then
        UUID schedule = jdbc.queryForObject("select id from delivery_schedule where "
                + "account_id = ?", UUID.class, account);
        List<Instant> dueTimes = EXPORT_SERVICE.scheduledRunsOf(schedule).stream()
                .map(DeliveryScheduled::dueAt).toList();
        assertThat(dueTimes).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from schedule_run where schedule_id = ?",
                Integer.class, schedule)).isGreaterThanOrEqualTo(dueTimes.size());
        assertThat(jdbc.queryForObject("select count(distinct due_at) = count(*) from "
                + "schedule_run where schedule_id = ?", Boolean.class, schedule)).isTrue();
        for (int i = 1; i < 6; i++) {
            assertThat(Duration.between(dueTimes.get(i - 1), dueTimes.get(i)))
                    .isEqualTo(Duration.ofSeconds(2));
        }
    }

    private ConfigurableApplicationContext secondInstance() {
        return DeliveryServiceApplication.builder().run(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + SharedServers.postgres().username(),
                "--spring.cloud.stream.kafka.binder.brokers="
                        + SharedServers.kafka().bootstrapServers(),
                "--platform.file-store.root=" + STORE,
                "--platform.security.jwt-secret=" + JWT_SECRET,
                "--platform.delivery.secret-key=" + SECRET_KEY,
                "--platform.delivery.allow-loopback-targets=true",
                "--platform.export-service.url=" + EXPORT_SERVICE.url(),
                "--platform.schedule.polling-interval=1s",
                "--platform.schedule.minimum-interval=2s",
                "--platform.upload.retry-delays=2s",
                "--platform.outbox.poll-interval-ms=200");
    }

    private static String idOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body().replaceAll("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1");
    }
}
