package org.contactexport.launcher.demo;

import java.util.List;

/** The demo accounts that were loaded, and the SFTP login offered for scheduled deliveries. */
public record DemoLoad(List<DemoAccount> accounts, DemoSftpLogin sftp) {
}
