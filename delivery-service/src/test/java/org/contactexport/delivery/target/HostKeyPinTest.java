package org.contactexport.delivery.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.contactexport.embedded.SftpServer;
import org.contactexport.embedded.SharedServers;
import org.junit.jupiter.api.Test;

class HostKeyPinTest {

    private final SftpServer sftp = SharedServers.sftp();

    @Test
    void aKnownHostsLineIsPinnedByTheFingerprintOfItsKey() {
        assertThat(HostKeyPin.fingerprintOf(sftp.knownHostsLine()))
                .isEqualTo(sftp.hostKeyFingerprint());
    }

    @Test
    void aFingerprintIsKeptAsGiven() {
        assertThat(HostKeyPin.fingerprintOf(" " + sftp.hostKeyFingerprint() + "\n"))
                .isEqualTo(sftp.hostKeyFingerprint());
    }

    @Test
    void aCertificateAuthorityLineCannotPinAKey() {
        assertThatThrownBy(() -> HostKeyPin.fingerprintOf("@cert-authority "
                + sftp.knownHostsLine()))
                .hasMessageContaining("a known_hosts marker (@cert-authority, @revoked)");
    }
}
