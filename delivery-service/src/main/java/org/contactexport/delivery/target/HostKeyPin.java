package org.contactexport.delivery.target;

import java.security.PublicKey;
import java.util.regex.Pattern;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.digest.BuiltinDigests;

/**
 * The host key a target pins, kept as its SHA-256 fingerprint ({@code SHA256:} and unpadded
 * base64, as {@code ssh-keygen -lf} prints it). Given either as that fingerprint or as a
 * known_hosts line ({@code host ssh-ed25519 AAAA…}), whose key is then fingerprinted.
 */
final class HostKeyPin {

    private static final Pattern FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}");

    private HostKeyPin() {
    }

    /** @throws IllegalArgumentException saying what is wrong with the given text */
    static String fingerprintOf(String hostKey) {
        String given = hostKey == null ? "" : hostKey.trim();
        if (FINGERPRINT.matcher(given).matches()) {
            return given;
        }
        if (given.startsWith("@")) {
            throw new IllegalArgumentException(
                    "a known_hosts marker (@cert-authority, @revoked) cannot pin a host key");
        }

        String[] tokens = given.split("\\s+");
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (KeyUtils.getPublicKeyEntryDecoder(tokens[i]) != null) {
                return fingerprintOf(decode(tokens[i] + " " + tokens[i + 1]));
            }
        }
        throw new IllegalArgumentException("give the server's host key as a fingerprint "
                + "(SHA256: and 43 base64 characters, as ssh-keygen -lf prints it) or as a "
                + "known_hosts line (host key-type base64-key)");
    }

    static String fingerprintOf(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    private static PublicKey decode(String typeAndKey) {
        try {
            return AuthorizedKeyEntry.parseAuthorizedKeyEntry(typeAndKey)
                    .resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        } catch (Exception e) {
            throw new IllegalArgumentException(
                    "the key of the known_hosts line could not be read: " + e.getMessage());
        }
    }
}
