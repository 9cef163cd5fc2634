package org.contactexport.notification.notify;

import static org.contactexport.notification.notify.EmailHtml.escape;
import static org.contactexport.notification.notify.EmailHtml.link;

import java.text.NumberFormat;
import org.contactexport.events.ExportCompleted;
import org.contactexport.events.ExportFailed;
import org.contactexport.notification.user.Language;
import org.contactexport.notification.user.Recipient;
import org.springframework.stereotype.Component;

/** Writes the emails about an export's end, in the recipient's language. */
@Component
class ExportEmails {

    private final DownloadAddressProperties downloads;

    ExportEmails(DownloadAddressProperties downloads) {
        this.downloads = downloads;
    }

    Email completed(Recipient recipient, ExportCompleted event) {
        String rows = NumberFormat.getIntegerInstance(recipient.language().locale())
                .format(event.rows());
        String url = downloads.downloadUrl(event.exportId());
        String name = recipient.displayName();

        if (recipient.language() == Language.FR) {
            return new Email("Votre export « " + event.name() + " » est prêt",
                    """
                    Bonjour %s,

                    Votre export « %s » est terminé : %s contacts.

                    Fichier : %s
                    Télécharger : %s
                    """.formatted(name, event.name(), rows, event.fileName(), url),
                    EmailHtml.paragraphs("Bonjour %s,".formatted(escape(name)),
                            "Votre export « %s » est terminé : %s contacts."
                                    .formatted(escape(event.name()), rows),
                            "Fichier : %s".formatted(escape(event.fileName())),
                            link(url, "Télécharger le fichier")));
        }
        return new Email("Your export \"" + event.name() + "\" is ready",
                """
                Hello %s,

                Your export "%s" is complete: %s contacts.

                File: %s
                Download: %s
                """.formatted(name, event.name(), rows, event.fileName(), url),
                EmailHtml.paragraphs("Hello %s,".formatted(escape(name)),
                        "Your export \"%s\" is complete: %s contacts."
                                .formatted(escape(event.name()), rows),
                        "File: %s".formatted(escape(event.fileName())),
                        link(url, "Download the file")));
    }

    Email failed(Recipient recipient, ExportFailed event) {
        String name = recipient.displayName();

        if (recipient.language() == Language.FR) {
            return new Email("Votre export « " + event.name() + " » a échoué",
                    """
                    Bonjour %s,

                    Votre export « %s » n'a pas pu être produit.

                    Raison : %s

                    Vous pouvez relancer l'export depuis l'historique des exports.
                    """.formatted(name, event.name(), event.reason()),
                    EmailHtml.paragraphs("Bonjour %s,".formatted(escape(name)),
                            "Votre export « %s » n'a pas pu être produit."
                                    .formatted(escape(event.name())),
                            "Raison : %s".formatted(escape(event.reason())),
                            "Vous pouvez relancer l'export depuis l'historique des exports."));
        }
        return new Email("Your export \"" + event.name() + "\" failed",
                """
                Hello %s,

                Your export "%s" could not be produced.

                Reason: %s

                You can run the export again from the export history.
                """.formatted(name, event.name(), event.reason()),
                EmailHtml.paragraphs("Hello %s,".formatted(escape(name)),
                        "Your export \"%s\" could not be produced."
                                .formatted(escape(event.name())),
                        "Reason: %s".formatted(escape(event.reason())),
                        "You can run the export again from the export history."));
    }
}
