package org.contactexport.notification.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.contactexport.notification.user.Recipient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Hands emails to the SMTP server through Spring Mail. */
@Component
class EmailSender {

    private final JavaMailSender mailSender;
    private final NotificationProperties properties;

    EmailSender(JavaMailSender mailSender, NotificationProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    /** Returns once the SMTP server accepted the email. */
    void send(Recipient recipient, NotifiedEvent event, Email email) {
        try {
            mailSender.send(message(recipient, email));
        } catch (MailException | MessagingException e) {
            throw new EmailNotSentException(recipient.userId(), event, e);
        }
    }

    private MimeMessage message(Recipient recipient, Email email) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper =
                new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(recipient.email());
        helper.setSubject(email.subject());
        helper.setText(email.text(), email.html());
        return message;
    }
}
