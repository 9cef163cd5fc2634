package org.contactexport.delivery.target;

import java.time.Instant;
import java.util.UUID;

/**
 * A target as the API shows it: whether secrets are set, never the secrets.
 *
 * @param hostKey the pinned host key's SHA-256 fingerprint
 */
record TargetView(
        UUID id,
        String name,
        String host,
        int port,
        String username,
        boolean passwordSet,
        boolean privateKeySet,
        String hostKey,
        String directory,
        Instant createdAt,
        Instant updatedAt) {

    static TargetView of(SftpTarget target) {
        return new TargetView(target.id(), target.name(), target.host(), target.port(),
                target.username(), target.passwordCipher() != null,
                target.privateKeyCipher() != null, target.hostKeyFingerprint(),
                target.directory(), target.createdAt(), target.updatedAt());
    }
}
