package org.contactexport.embedded;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SMTP server on 127.0.0.1 that keeps every message it accepts; its inbox can be read
 * over IMAP (any user name, password = the user name) or from this class.
 */
public final class MailServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailServer.class);

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts SMTP and IMAP; a port of 0 takes a free one. */
    public static MailServer start(int smtpPort, int imapPort) {
        ServerSetup smtp = new ServerSetup(FreePorts.orNext(smtpPort), "127.0.0.1", "smtp");
        ServerSetup imap = new ServerSetup(FreePorts.orNext(imapPort), "127.0.0.1", "imap");
        GreenMail greenMail = new GreenMail(new ServerSetup[] {smtp, imap})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        MailServer server = new MailServer(greenMail);
        log.info("SMTP listens on 127.0.0.1:{}, its inbox on IMAP 127.0.0.1:{}",
                server.smtpPort(), server.imapPort());
        return server;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    /** Every message accepted since the start or the last {@link #purge()}. */
    public List<MimeMessage> receivedMessages() {
        return List.of(greenMail.getReceivedMessages());
    }

    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("Could not empty the mailboxes", e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
