package org.contactexport.delivery.target;

/** An SFTP operation failed; the check says what failed in plain words. */
public class ConnectionFailedException extends RuntimeException {

    private final transient ConnectionCheck check;

    ConnectionFailedException(ConnectionCheck check, Throwable cause) {
        super(check.code() + ": " + check.message(), cause);
        this.check = check;
    }

    public ConnectionCheck check() {
        return check;
    }
}
