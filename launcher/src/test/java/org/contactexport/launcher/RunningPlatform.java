package org.contactexport.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The one platform of this test JVM: started on first use, stopped by a shutdown hook, so that
 * test classes share it and none of them closes it under another's feet.
 */
final class RunningPlatform {

    /** Small parts, so that even a three-contact export is assembled from several parts. */
    static final int PART_SIZE = 2;

    private static Platform platform;
    private static RuntimeException startFailure;

    private RunningPlatform() {
    }

    static synchronized Platform get() {
        if (startFailure != null) {
            throw new IllegalStateException("The platform did not start", startFailure);
        }
        if (platform == null) {
            // A failed SFTP upload is retried twice within seconds here, not over half an
            // hour; a system property reaches every service and yields to no yml.
            System.setProperty("platform.upload.retry-delays", "1s,2s");
            try {
                platform = Platform.start(
                        new PlatformSettings(workDir(), false, secret(), PART_SIZE));
            } catch (RuntimeException e) {
                // Starting again for every test would take minutes and say nothing new.
                startFailure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "e2e-platform-stop"));
        }
        return platform;
    }

    /** A client acting as one user of one account. */
    static PlatformClient client(String accountId, String userId) {
        Platform running = get();
        return new PlatformClient(running, running.token(accountId, userId));
    }

    private static Path workDir() {
        try {
            return Files.createTempDirectory("e2e-platform-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String secret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }
}
