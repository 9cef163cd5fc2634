package org.contactexport.launcher;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.contactexport.contact.ContactServiceApplication;
import org.contactexport.delivery.DeliveryServiceApplication;
import org.contactexport.embedded.FreePorts;
import org.contactexport.embedded.KafkaBroker;
import org.contactexport.embedded.MailServer;
import org.contactexport.embedded.PostgresServer;
import org.contactexport.embedded.SftpServer;
import org.contactexport.export.ExportServiceApplication;
import org.contactexport.notification.NotificationServiceApplication;
import org.contactexport.security.AccountTokens;
import org.contactexport.security.AccountUser;
import org.contactexport.segment.SegmentServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform on one machine: real PostgreSQL, Kafka (KRaft), SMTP and SFTP servers on
 * 127.0.0.1 and the five services, each in its own application context of this JVM. The SFTP
 * server stands for a customer's server, so that a scheduled delivery can be tried at once.
 */
public final class Platform implements AutoCloseable {

    private final PlatformSettings settings;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final MailServer mail;
    private final SftpServer sftp;
    private final ServicePorts ports;
    // Encrypts the SFTP secrets delivery-service stores. A fresh one per run is enough here
    // because the local run starts with a fresh database; a deployment gives its own, kept.
    private final String deliverySecretKey = randomKey();
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();

    private Platform(PlatformSettings settings, PostgresServer postgres, KafkaBroker kafka,
            MailServer mail, SftpServer sftp, ServicePorts ports) {
        this.settings = settings;
        this.postgres = postgres;
        this.kafka = kafka;
        this.mail = mail;
        this.sftp = sftp;
        this.ports = ports;
    }

    public static Platform start(PlatformSettings settings) {
        Path work = settings.workDir();
        boolean fixed = settings.fixedPorts();
        PostgresServer postgres = PostgresServer.start(fixed ? 15432 : 0, work.resolve("pg"));
        KafkaBroker kafka = KafkaBroker.start(fixed ? 19092 : 0, work.resolve("kafka"));
        MailServer mail = MailServer.start(fixed ? 3025 : 0, fixed ? 3143 : 0);
        SftpServer sftp = SftpServer.start(fixed ? 2222 : 0, work.resolve("sftp"),
                work.resolve("sftp-host-key"));
        ServicePorts ports = fixed ? ServicePorts.documented() : ServicePorts.free();

        Platform platform = new Platform(settings, postgres, kafka, mail, sftp, ports);
        try {
            platform.startServices();
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    public String contactUrl() {
        return url(ports.contact());
    }

    public String segmentUrl() {
        return url(ports.segment());
    }

    public String exportUrl() {
        return url(ports.export());
    }

    public String deliveryUrl() {
        return url(ports.delivery());
    }

    public String notificationUrl() {
        return url(ports.notification());
    }

    public MailServer mail() {
        return mail;
    }

    /** The SFTP server that stands for a customer's, on 127.0.0.1. */
    public SftpServer sftp() {
        return sftp;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public Path fileStore() {
        return settings.workDir().resolve("files");
    }

    /** A bearer token for one user of one account, valid for a day. */
    public String token(String accountId, String userId) {
        return AccountTokens.issue(settings.jwtSecret(), accountId, userId, Duration.ofDays(1));
    }

    /** A bearer token for an admin of one account, who may manage its users; valid for a day. */
    public String adminToken(String accountId, String userId) {
        return AccountTokens.issue(settings.jwtSecret(), accountId, userId,
                List.of(AccountUser.ADMIN_ROLE), Duration.ofDays(1));
    }

    private void startServices() {
        start(ContactServiceApplication.builder(), ports.contact(), "contacts");
        // segment-service needs no database yet, but in this shared classpath it sees the JPA
        // starters of the others: it gets its own (empty) database rather than a special case.
        start(SegmentServiceApplication.builder(), ports.segment(), "segments");
        start(NotificationServiceApplication.builder(), ports.notification(), "notifications");
        start(DeliveryServiceApplication.builder(), ports.delivery(), "deliveries");
        start(ExportServiceApplication.builder(), ports.export(), "exports");
    }

    /**
     * Starts one service. Its settings go in as command-line arguments: given to the builder as
     * properties they would be defaults, which the service's own yml overrides.
     */
    private void start(SpringApplicationBuilder service, int port, String database) {
        List<String> properties = new ArrayList<>(commonProperties(port));
        properties.add("spring.datasource.url=" + postgres.jdbcUrl(database));
        properties.add("spring.datasource.username=" + postgres.username());
        properties.add("spring.datasource.password=");
        String[] arguments = properties.stream().map(p -> "--" + p).toArray(String[]::new);
        // close() stops the services, newest first, before the servers they use; a hook per
        // service would stop them all at once, alongside the servers.
        services.add(service.registerShutdownHook(false).run(arguments));
    }

    private List<String> commonProperties(int port) {
        return List.of(
                "server.port=" + port,
                "server.address=127.0.0.1",
                "platform.security.jwt-secret=" + settings.jwtSecret(),
                "platform.file-store.root=" + fileStore(),
                "platform.contact-service.url=" + contactUrl(),
                "platform.segment-service.url=" + segmentUrl(),
                "platform.notification-service.url=" + notificationUrl(),
                "platform.delivery-service.public-url=" + deliveryUrl(),
                "platform.export-service.url=" + exportUrl(),
                "platform.delivery.secret-key=" + deliverySecretKey,
                // The stand-in customer server is on 127.0.0.1, which a deployment refuses.
                "platform.delivery.allow-loopback-targets=true",
                // Run-now and due runs start within a second or two rather than ten.
                "platform.schedule.polling-interval=1s",
                "platform.export.part-size=" + settings.partSize(),
                "spring.cloud.stream.kafka.binder.brokers=" + kafka.bootstrapServers(),
                "spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + mail.smtpPort(),
                // GreenMail logs every recipient address it sees; keep addresses out of logs.
                "logging.level.com.icegreen.greenmail=WARN",
                // The broker and the clients log every setting at INFO: thousands of lines that
                // bury the banner. Their warnings and errors still show.
                "logging.level.org.apache.kafka=WARN",
                "logging.level.kafka=WARN",
                "logging.level.state.change.logger=WARN",
                // One logging system serves the five contexts: a name per line would be wrong.
                "logging.include-application-name=false");
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String url(int port) {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        List<ConfigurableApplicationContext> newestFirst = new ArrayList<>(services);
        Collections.reverse(newestFirst);
        newestFirst.forEach(ConfigurableApplicationContext::close);
        mail.close();
        sftp.close();
        kafka.close();
        postgres.close();
    }

    private record ServicePorts(int contact, int segment, int export, int delivery,
            int notification) {

        static ServicePorts documented() {
            return new ServicePorts(8081, 8082, 8083, 8084, 8085);
        }

        static ServicePorts free() {
            return new ServicePorts(FreePorts.next(), FreePorts.next(), FreePorts.next(),
                    FreePorts.next(), FreePorts.next());
        }
    }
}
