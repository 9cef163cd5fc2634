package org.contactexport.delivery.target;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opens the endpoint of a saved or unsaved target; the secrets leave encryption only here. */
@Component
public class SftpEndpoints {

    private final SftpTargets targets;
    private final SecretCipher cipher;
    private final TargetHostPolicy policy;
    private final TargetSettings settings;

    SftpEndpoints(SftpTargets targets, SecretCipher cipher, TargetHostPolicy policy,
            TargetSettings settings) {
        this.targets = targets;
        this.cipher = cipher;
        this.policy = policy;
        this.settings = settings;
    }

    /** The account's target; a missing one (deleted since) is an IllegalStateException. */
    @Transactional(readOnly = true)
    public SftpEndpoint open(String accountId, UUID targetId) {
        SftpTarget target = targets.findByIdAndAccountId(targetId, accountId)
                .orElseThrow(() -> new IllegalStateException(
                        "SFTP target " + targetId + " no longer exists"));
        return open(accessOf(target));
    }

    /** Whether the account has this target, for the schedules that name it. */
    @Transactional(readOnly = true)
    public boolean exists(String accountId, UUID targetId) {
        return targets.findByIdAndAccountId(targetId, accountId).isPresent();
    }

    SftpEndpoint open(SftpAccess access) {
        return new SftpEndpoint(access, policy, settings.connectTimeout());
    }

    private SftpAccess accessOf(SftpTarget target) {
        return new SftpAccess(target.host(), target.port(), target.username(),
                decrypt(target.passwordCipher()), decrypt(target.privateKeyCipher()),
                decrypt(target.passphraseCipher()), target.hostKeyFingerprint(),
                target.directory());
    }

    private String decrypt(String stored) {
        return stored == null ? null : cipher.decrypt(stored);
    }
}
