package org.contactexport.embedded;

/** A user of a test SFTP server and the password it logs in with. */
public record SftpAccount(String user, String password) {

    @Override
    public String toString() {
        return "SftpAccount[user=" + user + "]";
    }
}
