package org.contactexport.launcher;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** An email the platform's SMTP server received, read for its recipients, subject and text. */
record ReceivedEmail(List<String> recipients, String subject, String text) {

    static ReceivedEmail of(MimeMessage message) {
        try {
            List<String> recipients = Arrays.stream(message.getAllRecipients())
                    .map(Object::toString)
                    .toList();
            return new ReceivedEmail(recipients, message.getSubject(), plainText(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable email", e);
        }
    }

    /** The first text/plain part, or the whole content when the message is not multipart. */
    private static String plainText(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = plainText(child);
                if (text != null && (child.isMimeType("text/plain")
                        || child.isMimeType("multipart/*"))) {
                    return text;
                }
            }
            return null;
        }
        return part.isMimeType("text/plain") ? String.valueOf(content) : null;
    }
}
