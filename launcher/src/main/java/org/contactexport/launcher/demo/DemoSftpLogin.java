package org.contactexport.launcher.demo;

/**
 * The login on the local SFTP server that the demo offers for a scheduled delivery.
 *
 * @param directory the folder, relative to the server's root, where files may be put
 */
public record DemoSftpLogin(String user, String password, String directory) {
}
