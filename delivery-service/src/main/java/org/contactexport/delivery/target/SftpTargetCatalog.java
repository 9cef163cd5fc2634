package org.contactexport.delivery.target;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account's SFTP targets: kept with encrypted secrets and a pinned host key, tested. */
@Service
class SftpTargetCatalog {

    private static final Logger log = LoggerFactory.getLogger(SftpTargetCatalog.class);

    private final SftpTargets targets;
    private final SecretCipher cipher;
    private final TargetHostPolicy policy;
    private final SftpEndpoints endpoints;
    private final Clock clock;

    SftpTargetCatalog(SftpTargets targets, SecretCipher cipher, TargetHostPolicy policy,
            SftpEndpoints endpoints, Clock clock) {
        this.targets = targets;
        this.cipher = cipher;
        this.policy = policy;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    @Transactional
    SftpTarget create(String accountId, TargetRequest request) {
        SftpAccess access = checked(request);

        Instant now = clock.instant();
        SftpTarget target = new SftpTarget(accountId, now);
        target.describe(request.name().trim(), access.directory(), now);
        target.pointAt(access.host(), access.port(), access.username(),
                access.hostKeyFingerprint(), now);
        target.replacePassword(encrypt(request.password()), now);
        target.replacePrivateKey(encrypt(request.privateKey()),
                encrypt(request.privateKeyPassphrase()), now);
        targets.save(target);

        log.info("Created SFTP target {} of account {}", target.id(), accountId);
        return target;
    }

    @Transactional(readOnly = true)
    List<SftpTarget> list(String accountId) {
        return targets.findByAccountIdOrderByCreatedAt(accountId);
    }

    @Transactional(readOnly = true)
    SftpTarget get(String accountId, UUID id) {
        return targets.findByIdAndAccountId(id, accountId)
                .orElseThrow(() -> TargetProblem.notFound(id));
    }

    @Transactional
    SftpTarget change(String accountId, UUID id, TargetChanges changes) {
        SftpTarget target = get(accountId, id);
        String host = changes.host() != null ? changes.host().trim() : target.host();
        checkHost(host);
        String fingerprint = changes.hostKey() != null
                ? fingerprint(changes.hostKey())
                : target.hostKeyFingerprint();
        String directory = changes.directory() != null
                ? directory(changes.directory())
                : target.directory();

        Instant now = clock.instant();
        target.describe(changes.name() != null ? changes.name().trim() : target.name(),
                directory, now);
        target.pointAt(host, changes.port() != null ? changes.port() : target.port(),
                changes.username() != null ? changes.username() : target.username(),
                fingerprint, now);
        if (changes.password() != null) {
            target.replacePassword(encrypt(changes.password()), now);
        }
        if (changes.privateKey() != null) {
            target.replacePrivateKey(encrypt(changes.privateKey()),
                    encrypt(changes.privateKeyPassphrase()), now);
        }

        log.info("Changed SFTP target {} of account {}", id, accountId);
        return target;
    }

    @Transactional
    void delete(String accountId, UUID id) {
        SftpTarget target = get(accountId, id);
        if (targets.isUsedBySchedule(id)) {
            throw TargetProblem.inUse(id);
        }

        targets.delete(target);
        log.info("Deleted SFTP target {} of account {}", id, accountId);
    }

    ConnectionCheck test(String accountId, UUID id) {
        get(accountId, id);
        return test(endpoints.open(accountId, id), id.toString());
    }

    ConnectionCheck testUnsaved(TargetRequest request) {
        return test(endpoints.open(checked(request)), "unsaved");
    }

    private ConnectionCheck test(SftpEndpoint endpoint, String targetName) {
        ConnectionCheck check;
        try (endpoint) {
            check = endpoint.probe(".contact-export-probe-" + UUID.randomUUID() + ".tmp");
        } catch (ConnectionFailedException failed) {
            check = failed.check();
        }

        log.info("Connection test of SFTP target {}: {}", targetName, check.code());
        return check;
    }

    private SftpAccess checked(TargetRequest request) {
        if (isBlank(request.password()) && isBlank(request.privateKey())) {
            throw TargetProblem.invalid("Give a password or a privateKey to log in with.");
        }
        String host = request.host().trim();
        checkHost(host);

        return new SftpAccess(host, request.portOrDefault(), request.username(),
                blankToNull(request.password()), blankToNull(request.privateKey()),
                blankToNull(request.privateKeyPassphrase()), fingerprint(request.hostKey()),
                directory(request.directory()));
    }

    private void checkHost(String host) {
        String refusal = policy.refusalOf(host);
        if (refusal != null) {
            throw TargetProblem.invalid("host: " + refusal);
        }
    }

    private static String fingerprint(String hostKey) {
        try {
            return HostKeyPin.fingerprintOf(hostKey);
        } catch (IllegalArgumentException e) {
            throw TargetProblem.invalid("hostKey: " + e.getMessage());
        }
    }

    private static String directory(String given) {
        String directory = given.trim();
        boolean climbs = ("/" + directory + "/").contains("/../");
        boolean control = directory.chars().anyMatch(Character::isISOControl);
        if (directory.isEmpty() || climbs || control) {
            throw TargetProblem.invalid("directory: give a path without '..' or control "
                    + "characters, e.g. /upload/contacts");
        }
        return directory.length() > 1 && directory.endsWith("/")
                ? directory.substring(0, directory.length() - 1)
                : directory;
    }

    private String encrypt(String secret) {
        return isBlank(secret) ? null : cipher.encrypt(secret);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text;
    }
}
