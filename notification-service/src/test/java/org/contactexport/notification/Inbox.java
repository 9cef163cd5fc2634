package org.contactexport.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.contactexport.embedded.SharedServers;

/** What the GreenMail SMTP server received, read as a person's mailbox. */
public final class Inbox {

    private Inbox() {
    }

    /** The messages received for an address that mention the text in their plain body. */
    public static List<MimeMessage> messagesTo(String address, String mentioning) {
        return SharedServers.mail().receivedMessages().stream()
                .filter(message -> isAddressedTo(message, address))
                .filter(message -> plainText(message).contains(mentioning))
                .toList();
    }

    public static String plainText(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    text.append(plainText(child));
                }
                return text.toString();
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable message", e);
        }
    }

    public static String html(Part part) {
        try {
            if (part.isMimeType("text/html")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                StringBuilder html = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    html.append(html(multipart.getBodyPart(i)));
                }
                return html.toString();
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable message", e);
        }
    }

    private static boolean isAddressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(RecipientType.TO))
                    .map(recipient -> ((InternetAddress) recipient).getAddress())
                    .anyMatch(address::equalsIgnoreCase);
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable message", e);
        }
    }
}
