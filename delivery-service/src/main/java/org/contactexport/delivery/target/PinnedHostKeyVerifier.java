package org.contactexport.delivery.target;

import java.net.SocketAddress;
import java.security.PublicKey;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/**
 * Accepts only the pinned key: an unknown or changed key ends the connection, never is
 * accepted silently. Remembers the key the server showed so that a refusal can name it.
 */
class PinnedHostKeyVerifier implements ServerKeyVerifier {

    private final String pinnedFingerprint;
    private volatile String refusedFingerprint;

    PinnedHostKeyVerifier(String pinnedFingerprint) {
        this.pinnedFingerprint = pinnedFingerprint;
    }

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remote, PublicKey key) {
        String shown = HostKeyPin.fingerprintOf(key);
        if (shown.equals(pinnedFingerprint)) {
            return true;
        }

        refusedFingerprint = shown;
        return false;
    }

    /** The fingerprint of the key the server showed and that was refused, or null. */
    String refusedFingerprint() {
        return refusedFingerprint;
    }

    String pinnedFingerprint() {
        return pinnedFingerprint;
    }
}
