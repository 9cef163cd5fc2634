package org.contactexport.launcher;

import java.nio.file.Path;

/**
 * How the embedded platform runs.
 *
 * @param workDir    where the database, the broker's log and the file store live
 * @param fixedPorts true for the documented ports (8081–8085, 15432, 19092, 3025, 3143),
 *                   false for free ports (tests)
 * @param jwtSecret  the HMAC key of bearer tokens
 * @param partSize   the largest number of contacts one export part holds
 */
public record PlatformSettings(Path workDir, boolean fixedPorts, String jwtSecret, int partSize) {

    /**
     * The development secret of the local run. It protects nothing: never use it beyond one's
     * own machine; production reads PLATFORM_SECURITY_JWT_SECRET from a secret store.
     */
    public static final String DEVELOPMENT_SECRET = "local-development-secret-not-for-production";
}
