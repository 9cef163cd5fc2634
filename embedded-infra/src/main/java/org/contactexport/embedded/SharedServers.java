package org.contactexport.embedded;

/**
 * The servers of a test JVM, each started on first use on free ports and stopped when the JVM
 * exits. Start them before a Spring context (from a static {@code @DynamicPropertySource}
 * method) so that they outlive every cached context.
 */
public final class SharedServers {

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

    private static <T extends AutoCloseable> T stopAtExit(T server) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // The JVM is going away; nothing is left to protect.
            }
        }));
        return server;
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
}
