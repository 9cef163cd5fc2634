package org.contactexport.delivery.target;

/**
 * The outcome of a connection test or an upload attempt, in plain words.
 *
 * @param code            OK or what failed
 * @param message         a sentence a person can act on; never a secret
 * @param serverHostKey   the fingerprint of the host key the server showed, when it did not
 *                        match the pinned one
 */
public record ConnectionCheck(ConnectionCode code, String message, String serverHostKey) {

    static ConnectionCheck ok(String message) {
        return new ConnectionCheck(ConnectionCode.OK, message, null);
    }

    static ConnectionCheck failed(ConnectionCode code, String message) {
        return new ConnectionCheck(code, message, null);
    }

    public boolean succeeded() {
        return code == ConnectionCode.OK;
    }
}
