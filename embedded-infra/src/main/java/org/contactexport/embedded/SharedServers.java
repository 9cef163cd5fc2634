package org.contactexport.embedded;

import java.time.Duration;

/**
 * The servers of a test JVM, each started on first use on free ports and stopped when the JVM
 * exits. Start them before a Spring context (from a static {@code @DynamicPropertySource}
 * method) so that they outlive every cached context.
 */
public final class SharedServers {

    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private SharedServers() {
    }

    public static PostgresServer postgres() {
        return PostgresHolder.SERVER;
    }

    public static KafkaBroker kafka() {
        return KafkaHolder.BROKER;
    }

    public static MailServer mail() {
        return MailHolder.SERVER;
    }

    /**
     * The SFTP server of the JVM, shared by every test: give each test its own account
     * ({@link SftpServer#newAccount()}) and folder. A test that stops the server or replaces
     * its host key should start its own {@link SftpServer} instead.
     */
    public static SftpServer sftp() {
        return SftpHolder.SERVER;
    }

    /**
     * Stops the server when the JVM exits, giving it a few seconds: a broker whose clients are
     * still connected can wait for them far longer, and a test JVM must not hang on it.
     */
    private static <T extends AutoCloseable> T stopAtExit(T server) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Thread stop = new Thread(() -> closeQuietly(server), "stop-" + server);
            stop.setDaemon(true);
            stop.start();
            try {
                stop.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        return server;
    }

    private static void closeQuietly(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception e) {
            // The JVM is going away; nothing is left to protect.
        }
    }

    private static final class PostgresHolder {
        static final PostgresServer SERVER = stopAtExit(PostgresServer.start(0, null));
    }

    private static final class KafkaHolder {
        static final KafkaBroker BROKER = stopAtExit(KafkaBroker.start(0, null));
    }

    private static final class MailHolder {
        static final MailServer SERVER = stopAtExit(MailServer.start(0, 0));
    }

    private static final class SftpHolder {
        static final SftpServer SERVER = stopAtExit(SftpServer.start(0, null, null));
    }
}
