package org.contactexport.delivery.target;

/** What a connection to a target, or an upload through it, came to. */
public enum ConnectionCode {
    OK,
    HOST_UNREACHABLE,
    HOST_REFUSED,
    CONNECTION_REFUSED,
    HOST_KEY_MISMATCH,
    AUTHENTICATION_FAILED,
    PRIVATE_KEY_UNREADABLE,
    DIRECTORY_MISSING,
    DIRECTORY_NOT_WRITABLE,
    TRANSFER_FAILED
}
