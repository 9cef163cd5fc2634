package org.contactexport.embedded;

/** Lines of an OpenSSH {@code known_hosts} file. */
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
}
