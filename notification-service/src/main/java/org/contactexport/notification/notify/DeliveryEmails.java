package org.contactexport.notification.notify;

import static org.contactexport.notification.notify.EmailHtml.escape;
import static org.contactexport.notification.notify.EmailText.oneLine;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.contactexport.events.DeliveryFailed;
import org.contactexport.events.DeliveryScheduleEnding;
import org.contactexport.notification.user.Language;
import org.contactexport.notification.user.Recipient;
import org.springframework.stereotype.Component;

/**
 * Writes the emails about a schedule's SFTP deliveries, in the recipient's language. The
 * schedule name is the customer's own text: it is put on one line everywhere and escaped in
 * the HTML part.
 */
@Component
class DeliveryEmails {

    Email failed(Recipient recipient, DeliveryFailed event) {
        String name = recipient.displayName();
        String schedule = oneLine(event.scheduleName());
        String remotePath = oneLine(event.remotePath());
        String reason = oneLine(event.reason());

        if (recipient.language() == Language.FR) {
            return new Email("Livraison SFTP échouée : " + schedule,
                    """
                    Bonjour %s,

                    La livraison planifiée « %s » n'a pas pu déposer son fichier sur votre \
                    serveur SFTP, après %d tentatives.

                    Planification : %s
                    Export : %s
                    Destination prévue : %s
                    Raison : %s

                    Que faire : vérifiez que le serveur SFTP est joignable et que ses \
                    identifiants sont toujours valides avec le test de connexion de la \
                    planification, puis relancez la livraison avec « exécuter maintenant ».
                    """.formatted(name, schedule, event.attempts(), event.scheduleId(),
                            event.exportId(), remotePath, reason),
                    EmailHtml.paragraphs("Bonjour %s,".formatted(escape(name)),
                            ("La livraison planifiée « %s » n'a pas pu déposer son fichier sur "
                                    + "votre serveur SFTP, après %d tentatives.")
                                    .formatted(escape(schedule), event.attempts()),
                            "Planification : %s".formatted(event.scheduleId()),
                            "Export : %s".formatted(event.exportId()),
                            "Destination prévue : %s".formatted(escape(remotePath)),
                            "Raison : %s".formatted(escape(reason)),
                            "Que faire : vérifiez que le serveur SFTP est joignable et que ses "
                                    + "identifiants sont toujours valides avec le test de "
                                    + "connexion de la planification, puis relancez la "
                                    + "livraison avec « exécuter maintenant »."));
        }
        return new Email("SFTP delivery failed: " + schedule,
                """
                Hello %s,

                The scheduled delivery "%s" could not put its file on your SFTP server, \
                after %d attempts.

                Schedule: %s
                Export: %s
                Destination: %s
                Reason: %s

                What to do: check that the SFTP server is reachable and that its credentials \
                are still valid with the schedule's connection test, then deliver again with \
                "run now".
                """.formatted(name, schedule, event.attempts(), event.scheduleId(),
                        event.exportId(), remotePath, reason),
                EmailHtml.paragraphs("Hello %s,".formatted(escape(name)),
                        ("The scheduled delivery \"%s\" could not put its file on your SFTP "
                                + "server, after %d attempts.")
                                .formatted(escape(schedule), event.attempts()),
                        "Schedule: %s".formatted(event.scheduleId()),
                        "Export: %s".formatted(event.exportId()),
                        "Destination: %s".formatted(escape(remotePath)),
                        "Reason: %s".formatted(escape(reason)),
                        escape("What to do: check that the SFTP server is reachable and that "
                                + "its credentials are still valid with the schedule's "
                                + "connection test, then deliver again with \"run now\".")));
    }

    Email scheduleEnding(Recipient recipient, DeliveryScheduleEnding event) {
        String name = recipient.displayName();
        String schedule = oneLine(event.scheduleName());
        String endsOn = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(recipient.language().locale())
                .format(event.endsOn());

        if (recipient.language() == Language.FR) {
            return new Email("Livraison planifiée bientôt terminée : " + schedule,
                    """
                    Bonjour %s,

                    La livraison planifiée « %s » s'arrête après le %s : aucun fichier ne \
                    sera déposé ensuite.

                    Planification : %s

                    Pour la prolonger, repoussez sa date de fin (requête PATCH de la \
                    planification avec la nouvelle date de fin).
                    """.formatted(name, schedule, endsOn, event.scheduleId()),
                    EmailHtml.paragraphs("Bonjour %s,".formatted(escape(name)),
                            ("La livraison planifiée « %s » s'arrête après le %s : aucun "
                                    + "fichier ne sera déposé ensuite.")
                                    .formatted(escape(schedule), endsOn),
                            "Planification : %s".formatted(event.scheduleId()),
                            "Pour la prolonger, repoussez sa date de fin (requête PATCH de la "
                                    + "planification avec la nouvelle date de fin)."));
        }
        return new Email("Scheduled delivery ending soon: " + schedule,
                """
                Hello %s,

                The scheduled delivery "%s" stops delivering after %s: no file will be \
                delivered after that day.

                Schedule: %s

                To extend it, move its end date later (a PATCH of the schedule with the new \
                end date).
                """.formatted(name, schedule, endsOn, event.scheduleId()),
                EmailHtml.paragraphs("Hello %s,".formatted(escape(name)),
                        escape(("The scheduled delivery \"%s\" stops delivering after %s: no "
                                + "file will be delivered after that day.")
                                .formatted(schedule, endsOn)),
                        "Schedule: %s".formatted(event.scheduleId()),
                        "To extend it, move its end date later (a PATCH of the schedule with "
                                + "the new end date)."));
    }
}
