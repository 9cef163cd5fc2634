package org.contactexport.notification.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.contactexport.events.DeliveryFailed;
import org.contactexport.events.DeliveryScheduleEnding;
import org.contactexport.events.Topics;
import org.contactexport.notification.Inbox;
import org.contactexport.notification.ServiceTestSupport;
import org.junit.jupiter.api.Test;

class DeliveryNotificationTest extends ServiceTestSupport {

    private static final UUID SCHEDULE = UUID.fromString("5c0e7a52-1b4e-4c1e-9d0a-3f6b2a1c9e01");

    @Test
    void aFailedDeliveryTellsEachKnownUserInTheirLanguageWhatFailedAndWhatToDo()
            throws Exception {
        String account = newAccount();
        String elodie = addUser(account, "elodie", "Élodie", "fr");
        String john = addUser(account, "john", "John", "en");
        String outsider = addUser(newAccount(), "oscar", "Oscar", "en");
        DeliveryFailed event = failed(account, "Fichier CRM quotidien",
                List.of("elodie", "john", "ghost", "oscar"));

        kafka.publish(Topics.DELIVERY_FAILED, event.exportId(), event);

        MimeMessage french = awaitOneEmail(elodie, event.exportId());
        MimeMessage english = awaitOneEmail(john, event.exportId());
        assertThat(french.getSubject())
                .isEqualTo("Livraison SFTP échouée : Fichier CRM quotidien");
        assertThat(lines(french)).containsExactly(
                "Bonjour Élodie,",
                "",
                "La livraison planifiée « Fichier CRM quotidien » n'a pas pu déposer son "
                        + "fichier sur votre serveur SFTP, après 3 tentatives.",
                "",
                "Planification : " + SCHEDULE,
                "Export : " + event.exportId(),
                "Destination prévue : /incoming/crm/contacts.csv",
                "Raison : the server refused the user name or password",
                "",
                "Que faire : vérifiez que le serveur SFTP est joignable et que ses identifiants "
                        + "sont toujours valides avec le test de connexion de la planification, "
                        + "puis relancez la livraison avec « exécuter maintenant ».");
        assertThat(english.getSubject()).isEqualTo("SFTP delivery failed: Fichier CRM quotidien");
        assertThat(lines(english)).containsExactly(
                "Hello John,",
                "",
                "The scheduled delivery \"Fichier CRM quotidien\" could not put its file on "
                        + "your SFTP server, after 3 attempts.",
                "",
                "Schedule: " + SCHEDULE,
                "Export: " + event.exportId(),
                "Destination: /incoming/crm/contacts.csv",
                "Reason: the server refused the user name or password",
                "",
                "What to do: check that the SFTP server is reachable and that its credentials "
                        + "are still valid with the schedule's connection test, then deliver "
                        + "again with \"run now\".");
        assertThat(Inbox.messagesTo(outsider, event.exportId().toString())).isEmpty();
        assertThat(get(account, "/api/v1/notifications").body())
                .contains("\"totalItems\":2")
                .contains("\"eventKind\":\"DELIVERY_FAILED\"")
                .contains("\"scheduleId\":\"" + SCHEDULE + "\"")
                .doesNotContain("ghost")
                .doesNotContain("oscar");
    }

    @Test
    void aRedeliveredDeliveryFailureSendsExactlyOneEmailPerUser() throws Exception {
        String account = newAccount();
        String marie = addUser(account, "marie", "Marie", "fr");
        DeliveryFailed event = failed(account, "Export nuit", List.of("marie"));
        DeliveryFailed next = failed(account, "Export nuit", List.of("marie"));

        kafka.publish(Topics.DELIVERY_FAILED, event.exportId(), event);
        kafka.publish(Topics.DELIVERY_FAILED, event.exportId(), event);
        kafka.publish(Topics.DELIVERY_FAILED, next.exportId(), next);

        // One partition: once the next delivery's email is out, the duplicate was consumed.
        awaitOneEmail(marie, next.exportId());
        assertThat(Inbox.messagesTo(marie, event.exportId().toString())).hasSize(1);
    }

    @Test
    void aScheduleEndingTellsEachKnownUserWhenItStopsAndHowToExtendIt() throws Exception {
        String account = newAccount();
        String lea = addUser(account, "lea", "Léa", "fr");
        String sam = addUser(account, "sam", "Sam", "en");
        UUID scheduleId = UUID.randomUUID();
        DeliveryScheduleEnding event = ending(account, scheduleId, LocalDate.of(2026, 6, 30),
                List.of("lea", "sam", "ghost"));

        kafka.publish(Topics.DELIVERY_SCHEDULE_ENDING, scheduleId, event);

        MimeMessage french = awaitOneEmail(lea, scheduleId);
        MimeMessage english = awaitOneEmail(sam, scheduleId);
        assertThat(french.getSubject())
                .isEqualTo("Livraison planifiée bientôt terminée : Contacts du jour");
        assertThat(lines(french)).containsExactly(
                "Bonjour Léa,",
                "",
                "La livraison planifiée « Contacts du jour » s'arrête après le 30 juin 2026 : "
                        + "aucun fichier ne sera déposé ensuite.",
                "",
                "Planification : " + scheduleId,
                "",
                "Pour la prolonger, repoussez sa date de fin (requête PATCH de la planification "
                        + "avec la nouvelle date de fin).");
        assertThat(english.getSubject())
                .isEqualTo("Scheduled delivery ending soon: Contacts du jour");
        assertThat(lines(english)).containsExactly(
                "Hello Sam,",
                "",
                "The scheduled delivery \"Contacts du jour\" stops delivering after "
                        + "June 30, 2026: no file will be delivered after that day.",
                "",
                "Schedule: " + scheduleId,
                "",
                "To extend it, move its end date later (a PATCH of the schedule with the new "
                        + "end date).");
        assertThat(get(account, "/api/v1/notifications").body())
                .contains("\"totalItems\":2")
                .contains("\"eventKind\":\"DELIVERY_SCHEDULE_ENDING\"")
                .contains("\"exportId\":null")
                .doesNotContain("ghost");
    }

    @Test
    void aScheduleEndingIsAnnouncedOncePerEndDate() throws Exception {
        String account = newAccount();
        String paul = addUser(account, "paul", "Paul", "en");
        UUID scheduleId = UUID.randomUUID();
        DeliveryScheduleEnding june = ending(account, scheduleId, LocalDate.of(2026, 6, 30),
                List.of("paul"));
        DeliveryScheduleEnding july = ending(account, scheduleId, LocalDate.of(2026, 7, 31),
                List.of("paul"));

        kafka.publish(Topics.DELIVERY_SCHEDULE_ENDING, scheduleId, june);
        kafka.publish(Topics.DELIVERY_SCHEDULE_ENDING, scheduleId, june);
        kafka.publish(Topics.DELIVERY_SCHEDULE_ENDING, scheduleId, july);

        awaitOneEmail(paul, "July 31, 2026");
        assertThat(Inbox.messagesTo(paul, "June 30, 2026")).hasSize(1);
        assertThat(Inbox.messagesTo(paul, scheduleId.toString())).hasSize(2);
    }

    @Test
    void aScheduleNameCanNeitherAddAHeaderNorMarkUpTheHtmlPart() throws Exception {
        String account = newAccount();
        String nina = addUser(account, "nina", "Nina", "en");
        String intruder = "intruder." + UUID.randomUUID() + "@example.com";
        String name = "Nightly <script>alert(1)</script>\r\nBcc: " + intruder;
        DeliveryFailed event = failed(account, name, List.of("nina"));

        kafka.publish(Topics.DELIVERY_FAILED, event.exportId(), event);

        MimeMessage email = awaitOneEmail(nina, event.exportId());
        assertThat(email.getSubject()).isEqualTo(
                "SFTP delivery failed: Nightly <script>alert(1)</script> Bcc: " + intruder);
        assertThat(email.getHeader("Bcc")).isNull();
        assertThat(email.getAllRecipients()).hasSize(1);
        assertThat(Inbox.messagesTo(intruder, "")).isEmpty();
        assertThat(lines(email)).contains("The scheduled delivery \"Nightly "
                + "<script>alert(1)</script> Bcc: " + intruder + "\" could not put its file on "
                + "your SFTP server, after 3 attempts.");
        assertThat(Inbox.html(email))
                .contains("The scheduled delivery \"Nightly "
                        + "&lt;script&gt;alert(1)&lt;/script&gt; Bcc: " + intruder)
                .doesNotContain("<script>");
    }

    @Test
    void anUnreadableScheduleEndingEndsOnTheDeadLetterTopic() {
        UUID scheduleId = UUID.randomUUID();

        kafka.publishRaw(Topics.DELIVERY_SCHEDULE_ENDING, scheduleId,
                "{not json".getBytes(StandardCharsets.UTF_8));

        await().atMost(ASYNC_LIMIT).untilAsserted(() -> assertThat(
                kafka.keysOn(Topics.DELIVERY_SCHEDULE_ENDING + Topics.DEAD_LETTER_SUFFIX))
                .contains(scheduleId.toString()));
    }

    private static List<String> lines(MimeMessage email) {
        return Inbox.plainText(email).replace("\r\n", "\n").lines().toList();
    }

    private static DeliveryFailed failed(String account, String scheduleName,
            List<String> notifyUserIds) {
        return new DeliveryFailed(DeliveryFailed.VERSION, UUID.randomUUID(), SCHEDULE,
                scheduleName, UUID.randomUUID(), account, "/incoming/crm/contacts.csv",
                "the server refused the user name or password", 3, notifyUserIds,
                Instant.parse("2026-06-01T08:30:00Z"));
    }

    private static DeliveryScheduleEnding ending(String account, UUID scheduleId,
            LocalDate endsOn, List<String> notifyUserIds) {
        return new DeliveryScheduleEnding(DeliveryScheduleEnding.VERSION, scheduleId, account,
                "Contacts du jour", endsOn, notifyUserIds, Instant.parse("2026-06-16T06:00:00Z"));
    }
}
