package org.contactexport.delivery.target;

import java.io.EOFException;
import java.io.IOException;
import java.io.WriteAbortedException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.InterruptedByTimeoutException;
import java.util.Locale;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.channel.exception.SshChannelClosedException;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/** Turns what the SSH and SFTP libraries threw into a sentence and a code. */
final class ConnectionFailures {

    private ConnectionFailures() {
    }

    static ConnectionCheck explain(Throwable error, SftpAccess access,
            PinnedHostKeyVerifier verifier) {
        String server = access.host() + ":" + access.port();
        if (verifier.refusedFingerprint() != null) {
            return new ConnectionCheck(ConnectionCode.HOST_KEY_MISMATCH, "The server " + server
                    + " showed the host key " + verifier.refusedFingerprint()
                    + " but the target pins " + verifier.pinnedFingerprint()
                    + ": the key changed or this is another server. Check the key with the "
                    + "server's administrator, then update the target's hostKey.",
                    verifier.refusedFingerprint());
        }

        for (Throwable cause = error; cause != null; cause = next(cause)) {
            ConnectionCheck check = explainOne(cause, access, server);
            if (check != null) {
                return check;
            }
        }
        return ConnectionCheck.failed(ConnectionCode.TRANSFER_FAILED, "The exchange with "
                + server + " failed: " + rootOf(error).getClass().getSimpleName() + ".");
    }

    private static ConnectionCheck explainOne(Throwable cause, SftpAccess access,
            String server) {
        String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        if (cause instanceof ConnectionFailedException explained) {
            return explained.check();
        }
        if (cause instanceof TargetRefusedException) {
            return ConnectionCheck.failed(ConnectionCode.HOST_REFUSED, cause.getMessage() + ".");
        }
        if (cause instanceof UnknownHostException) {
            return ConnectionCheck.failed(ConnectionCode.HOST_UNREACHABLE, "The host "
                    + access.host() + " could not be found: check its name.");
        }
        if (cause instanceof ConnectException && message.contains("refused")) {
            return ConnectionCheck.failed(ConnectionCode.CONNECTION_REFUSED, server
                    + " refused the connection: no SSH server listens on that port.");
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                || cause instanceof SocketTimeoutException
                || cause instanceof InterruptedByTimeoutException
                || (cause instanceof SshException && message.contains("timeout"))) {
            return ConnectionCheck.failed(ConnectionCode.HOST_UNREACHABLE, server
                    + " could not be reached in time: check the host, the port and any "
                    + "firewall between.");
        }
        if (cause instanceof SshException && message.contains("authentication")) {
            return ConnectionCheck.failed(ConnectionCode.AUTHENTICATION_FAILED, "The server "
                    + server + " refused the password or key of user " + access.username()
                    + ".");
        }
        if (message.contains("private key")) {
            return privateKeyUnreadable(access);
        }
        if (cause instanceof SftpException sftp) {
            return explainSftp(sftp, access);
        }
        if (isCut(cause, message)) {
            return ConnectionCheck.failed(ConnectionCode.TRANSFER_FAILED, "The connection to "
                    + server + " was cut during the upload.");
        }
        return null;
    }

    private static boolean isCut(Throwable cause, String message) {
        return cause instanceof EOFException || cause instanceof SshChannelClosedException
                || cause instanceof SocketException || cause instanceof WriteAbortedException
                || (cause instanceof IOException && (message.contains("closed")
                        || message.contains("connection reset")
                        || message.contains("broken pipe")));
    }

    static ConnectionCheck privateKeyUnreadable(SftpAccess access) {
        return ConnectionCheck.failed(ConnectionCode.PRIVATE_KEY_UNREADABLE,
                access.passphrase() != null
                        ? "The private key could not be read with the passphrase given: wrong "
                                + "passphrase? Check it, and that the key is a whole OpenSSH "
                                + "or PEM private key."
                        : "The private key could not be read: give a whole OpenSSH or PEM "
                                + "private key, and its passphrase if it has one.");
    }

    private static ConnectionCheck explainSftp(SftpException error, SftpAccess access) {
        return switch (error.getStatus()) {
            case SftpConstants.SSH_FX_NO_SUCH_FILE, SftpConstants.SSH_FX_NO_SUCH_PATH ->
                    missingDirectory(access);
            case SftpConstants.SSH_FX_PERMISSION_DENIED, SftpConstants.SSH_FX_WRITE_PROTECT ->
                    notWritable(access);
            default -> null;
        };
    }

    static ConnectionCheck missingDirectory(SftpAccess access) {
        return ConnectionCheck.failed(ConnectionCode.DIRECTORY_MISSING, "The directory "
                + access.directory() + " does not exist on " + access.host()
                + ": create it or correct the target's directory.");
    }

    static ConnectionCheck notADirectory(SftpAccess access) {
        return ConnectionCheck.failed(ConnectionCode.DIRECTORY_MISSING, "The path "
                + access.directory() + " on " + access.host() + " is a file, not a directory:"
                + " correct the target's directory.");
    }

    static ConnectionCheck notWritable(SftpAccess access) {
        return ConnectionCheck.failed(ConnectionCode.DIRECTORY_NOT_WRITABLE, "User "
                + access.username() + " cannot write in " + access.directory() + " on "
                + access.host() + ": grant it write access or choose another directory.");
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }

    private static Throwable rootOf(Throwable error) {
        Throwable root = error;
        while (next(root) != null) {
            root = next(root);
        }
        return root;
    }
}
