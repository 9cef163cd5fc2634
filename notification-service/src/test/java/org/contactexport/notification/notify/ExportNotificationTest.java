package org.contactexport.notification.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.contactexport.events.ExportCompleted;
import org.contactexport.events.ExportFailed;
import org.contactexport.events.Topics;
import org.contactexport.notification.Inbox;
import org.contactexport.notification.ServiceTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExportNotificationTest extends ServiceTestSupport {

    @Autowired
    NotificationLog notificationLog;

    @Test
    void aCompletedExportEmailsEachNamedUserInTheirOwnLanguage() throws Exception {
        String account = newAccount();
        String elodie = addUser(account, "elodie", "Élodie", "fr");
        String john = addUser(account, "john", "John", "en");
        ExportCompleted event = completed(account, List.of("elodie", "john", "ghost"));

        kafka.publish(Topics.EXPORT_COMPLETED, event.exportId(), event);

        MimeMessage french = awaitOneEmail(elodie, event.exportId());
        MimeMessage english = awaitOneEmail(john, event.exportId());
        String url = "http://files.test/api/v1/files/" + event.exportId();
        assertThat(french.getSubject()).isEqualTo("Votre export « Clients VIP » est prêt");
        assertThat(Inbox.plainText(french))
                .startsWith("Bonjour Élodie,")
                .contains("Votre export « Clients VIP » est terminé : 12\u202F345 contacts.")
                .contains("Fichier : clients-vip.csv")
                .contains("Télécharger : " + url);
        assertThat(Inbox.html(french)).contains("<a href=\"" + url + "\">");
        assertThat(french.getFrom()[0].toString())
                .isEqualTo("Contact exports <exports@platform.test>");
        assertThat(english.getSubject()).isEqualTo("Your export \"Clients VIP\" is ready");
        assertThat(Inbox.plainText(english))
                .startsWith("Hello John,")
                .contains("Your export \"Clients VIP\" is complete: 12,345 contacts.")
                .contains("File: clients-vip.csv")
                .contains("Download: " + url);
    }

    @Test
    void aRedeliveredEventSendsExactlyOneEmailPerUser() throws Exception {
        String account = newAccount();
        String marie = addUser(account, "marie", "Marie", "fr");
        String paul = addUser(account, "paul", "Paul", "en");
        ExportCompleted event = completed(account, List.of("marie", "paul"));
        ExportCompleted next = completed(account, List.of("marie", "paul"));

        kafka.publish(Topics.EXPORT_COMPLETED, event.exportId(), event);
        kafka.publish(Topics.EXPORT_COMPLETED, event.exportId(), event);
        kafka.publish(Topics.EXPORT_COMPLETED, next.exportId(), next);

        // One partition: once the next export's emails are out, the duplicate was consumed.
        awaitOneEmail(marie, next.exportId());
        awaitOneEmail(paul, next.exportId());
        assertThat(Inbox.messagesTo(marie, event.exportId().toString())).hasSize(1);
        assertThat(Inbox.messagesTo(paul, event.exportId().toString())).hasSize(1);
    }

    @Test
    void aPendingRowLeftByACrashIsSentWhenTheEventIsRedelivered() throws Exception {
        String account = newAccount();
        String hugo = addUser(account, "hugo", "Hugo", "fr");
        ExportCompleted event = completed(account, List.of("hugo"));
        notificationLog.saveAndFlush(Notification.pending(
                NotifiedEvent.ofExport(EventKind.EXPORT_COMPLETED, event.exportId(), null),
                account, "hugo", Instant.parse("2026-06-01T08:31:00Z")));

        kafka.publish(Topics.EXPORT_COMPLETED, event.exportId(), event);

        awaitOneEmail(hugo, event.exportId());
        await().atMost(ASYNC_LIMIT).untilAsserted(() ->
                assertThat(get(account, "/api/v1/notifications").body())
                        .contains("\"status\":\"SENT\"")
                        .contains("\"createdAt\":\"2026-06-01T08:31:00Z\""));
    }

    @Test
    void aFailedExportEmailsTheReason() throws Exception {
        String account = newAccount();
        String lea = addUser(account, "lea", "Léa", "fr");
        String sam = addUser(account, "sam", "Sam", "en");
        ExportFailed event = new ExportFailed(ExportFailed.VERSION, UUID.randomUUID(), account,
                "Relance été", "The contact service did not answer for 10 minutes.",
                List.of("lea", "sam"), null, Instant.parse("2026-06-01T08:30:00Z"));

        kafka.publish(Topics.EXPORT_FAILED, event.exportId(), event);

        MimeMessage french = awaitOneEmail(lea, "Relance été");
        MimeMessage english = awaitOneEmail(sam, "Relance été");
        assertThat(french.getSubject()).isEqualTo("Votre export « Relance été » a échoué");
        assertThat(Inbox.plainText(french))
                .contains("Raison : The contact service did not answer for 10 minutes.");
        assertThat(english.getSubject()).isEqualTo("Your export \"Relance été\" failed");
        assertThat(Inbox.plainText(english))
                .contains("Reason: The contact service did not answer for 10 minutes.");
    }

    @Test
    void anAutomatedExportIsNotAnnouncedByEmailItsDeliveryIs() throws Exception {
        String account = newAccount();
        String lea = addUser(account, "lea", "Léa", "fr");
        ExportCompleted automated = completed(account, List.of("lea"), UUID.randomUUID());
        ExportCompleted manual = completed(account, List.of("lea"));

        kafka.publish(Topics.EXPORT_COMPLETED, automated.exportId(), automated);
        kafka.publish(Topics.EXPORT_COMPLETED, manual.exportId(), manual);

        // One partition: once the manual export's email is out, the automated one was consumed.
        awaitOneEmail(lea, manual.exportId());
        assertThat(Inbox.messagesTo(lea, automated.exportId().toString())).isEmpty();
    }

    @Test
    void aUserOfAnotherAccountIsNeverEmailed() throws Exception {
        String account = newAccount();
        String insider = addUser(account, "insider", "Ines", "fr");
        String outsider = addUser(newAccount(), "outsider", "Oscar", "en");
        ExportCompleted event = completed(account, List.of("outsider", "insider"));

        kafka.publish(Topics.EXPORT_COMPLETED, event.exportId(), event);

        awaitOneEmail(insider, event.exportId());
        assertThat(Inbox.messagesTo(outsider, event.exportId().toString())).isEmpty();
    }

    @Test
    void theNotificationLogShowsTheAccountsSentEmailsNewestFirstWithoutAddresses()
            throws Exception {
        String account = newAccount();
        String nina = addUser(account, "nina", "Nina", "en");
        ExportCompleted first = completed(account, List.of("nina"));
        ExportCompleted second = completed(account, List.of("nina"));
        kafka.publish(Topics.EXPORT_COMPLETED, first.exportId(), first);
        awaitOneEmail(nina, first.exportId());
        kafka.publish(Topics.EXPORT_COMPLETED, second.exportId(), second);
        awaitOneEmail(nina, second.exportId());

        String log = get(account, "/api/v1/notifications").body();

        assertThat(log).contains("\"totalItems\":2")
                .contains("\"eventKind\":\"EXPORT_COMPLETED\"")
                .contains("\"userId\":\"nina\"")
                .contains("\"status\":\"SENT\"")
                .contains("\"attempts\":1")
                .doesNotContain(nina);
        assertThat(log.indexOf(second.exportId().toString()))
                .isLessThan(log.indexOf(first.exportId().toString()));
        assertThat(get(newAccount(), "/api/v1/notifications").body())
                .contains("\"totalItems\":0");
    }

    @Test
    void anUnreadableEventEndsOnTheDeadLetterTopic() {
        UUID exportId = UUID.randomUUID();

        kafka.publishRaw(Topics.EXPORT_FAILED, exportId,
                "{not json".getBytes(StandardCharsets.UTF_8));

        await().atMost(ASYNC_LIMIT).untilAsserted(() -> assertThat(
                kafka.keysOn(Topics.EXPORT_FAILED + Topics.DEAD_LETTER_SUFFIX))
                .contains(exportId.toString()));
    }

    private static ExportCompleted completed(String account, List<String> notifyUserIds) {
        return completed(account, notifyUserIds, null);
    }

    private static ExportCompleted completed(String account, List<String> notifyUserIds,
            UUID scheduleId) {
        UUID exportId = UUID.randomUUID();
        return new ExportCompleted(ExportCompleted.VERSION, exportId, account, "Clients VIP",
                "SEGMENT", "Clients VIP", List.of("email", "first_name"),
                account + "/" + exportId + "/clients-vip.csv", "clients-vip.csv",
                "text/csv; charset=UTF-8", 12_345, 1_048_576, "ab".repeat(32), notifyUserIds,
                scheduleId, Instant.parse("2026-06-01T08:30:00Z"));
    }
}
