package org.contactexport.delivery.target;

/**
 * Everything needed to reach a target, secrets decrypted: lives only for one connection and
 * never shows its secrets in {@code toString()}.
 */
record SftpAccess(
        String host,
        int port,
        String username,
        String password,
        String privateKey,
        String passphrase,
        String hostKeyFingerprint,
        String directory) {

    String remotePath(String fileName) {
        return directory.endsWith("/") ? directory + fileName : directory + "/" + fileName;
    }

    @Override
    public String toString() {
        return "SftpAccess[" + username + "@" + host + ":" + port + directory + "]";
    }
}
