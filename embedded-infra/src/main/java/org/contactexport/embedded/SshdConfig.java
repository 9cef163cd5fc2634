package org.contactexport.embedded;

import java.nio.file.Path;

/** The sshd_config of an {@link OpenSshServer}: every file it names is in its own directory. */
final class SshdConfig {

    private SshdConfig() {
    }

    static String of(Path dir, int port, String user) {
        String upload = dir.resolve("upload").toString();
        return String.join("\n",
                "ListenAddress 127.0.0.1",
                "Port " + port,
                "HostKey " + dir.resolve("ssh_host_ed25519_key"),
                "HostKey " + dir.resolve("ssh_host_ecdsa_key"),
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "AllowUsers " + user,
                "PermitRootLogin prohibit-password",
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                // PAM would need the system's sshd configuration; StrictModes would refuse
                // the keys of a temporary directory.
                "UsePAM no",
                "StrictModes no",
                "AllowTcpForwarding no",
                "AllowAgentForwarding no",
                "X11Forwarding no",
                "PermitTTY no",
                "PrintMotd no",
                "Subsystem sftp internal-sftp -d " + upload,
                "ForceCommand internal-sftp -d " + upload,
                "");
    }
}
