package org.contactexport.embedded;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Lines of an OpenSSH {@code known_hosts} file and the fingerprints OpenSSH prints. */
final class KnownHosts {

    private static final int DEFAULT_SSH_PORT = 22;

    private KnownHosts() {
    }

    /**
     * The line for a host key served on this address.
     *
     * @param publicKey the key as {@code <type> <Base64>}, e.g. {@code ssh-ed25519 AAAA…}
     */
    static String line(String host, int port, String publicKey) {
        String address = port == DEFAULT_SSH_PORT ? host : "[" + host + "]:" + port;
        return address + " " + publicKey;
    }

    /**
     * The fingerprint of a public key line ({@code <type> <Base64> [comment]}) in OpenSSH's
     * form: {@code SHA256:} and the unpadded Base64 of the digest of the key blob.
     */
    static String fingerprint(String publicKey) {
        byte[] blob = Base64.getDecoder().decode(publicKey.trim().split("\\s+")[1]);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
