package org.contactexport.launcher;

import java.time.Duration;
import org.contactexport.launcher.demo.DemoAccount;
import org.contactexport.launcher.demo.DemoLoad;
import org.contactexport.launcher.demo.DemoUser;

/** What the local run prints once it is ready: where everything listens and how to call it. */
final class Banner {

    private Banner() {
    }

    static String of(Platform platform, DemoLoad load, String secret, Duration startup) {
        StringBuilder text = new StringBuilder();
        text.append("\n=== Contact export platform is up (")
                .append(startup.toSeconds()).append(" s) ===\n\n");
        text.append("contact-service       ").append(platform.contactUrl()).append('\n');
        text.append("segment-service       ").append(platform.segmentUrl()).append('\n');
        text.append("export-service        ").append(platform.exportUrl())
                .append("   (OpenAPI: /swagger-ui.html)\n");
        text.append("delivery-service      ").append(platform.deliveryUrl()).append('\n');
        text.append("notification-service  ").append(platform.notificationUrl()).append('\n');
        text.append("PostgreSQL            127.0.0.1:").append(platform.postgres().port())
                .append(" (user postgres, no password)\n");
        text.append("Kafka (KRaft)         ").append(platform.kafka().bootstrapServers())
                .append('\n');
        text.append("SMTP                  127.0.0.1:").append(platform.mail().smtpPort())
                .append(", inbox over IMAP 127.0.0.1:").append(platform.mail().imapPort())
                .append(" (user = recipient address, password = same)\n");
        text.append("File store            ").append(platform.fileStore()).append('\n');
        text.append("SFTP (a customer's)   127.0.0.1:").append(platform.sftp().port())
                .append(", user ").append(load.sftp().user()).append(", password ")
                .append(load.sftp().password()).append(", folder ")
                .append(load.sftp().directory()).append(",\n                      host key ")
                .append(platform.sftp().hostKeyFingerprint()).append(", files in ")
                .append(platform.sftp().root()).append("\n\n");
        if (PlatformSettings.DEVELOPMENT_SECRET.equals(secret)) {
            text.append("Tokens are signed with the development secret \"")
                    .append(secret).append("\" (set PLATFORM_SECURITY_JWT_SECRET to change).\n");
        }
        for (DemoAccount account : load.accounts()) {
            text.append("\nAccount ").append(account.id()).append(" — ")
                    .append(account.contacts()).append(" contacts\n");
            // The first user of each demo account is its admin.
            DemoUser admin = account.users().get(0);
            account.users().forEach(user -> text.append("  token of ").append(user.id())
                    .append(" (").append(user.language())
                    .append(user == admin ? ", admin" : "").append("): ")
                    .append(user == admin
                            ? platform.adminToken(account.id(), user.id())
                            : platform.token(account.id(), user.id()))
                    .append('\n'));
        }
        DemoAccount first = load.accounts().get(0);
        text.append("\nTry it:\n")
                .append("  TOKEN=")
                .append(platform.adminToken(first.id(), first.users().get(0).id()))
                .append("\n  curl -s -X POST ").append(platform.exportUrl())
                .append("/api/v1/exports -H \"Authorization: Bearer $TOKEN\"")
                .append(" -H 'Content-Type: application/json'")
                .append(" -d '{\"name\":\"Base complète\",\"source\":{\"type\":\"ALL\"},")
                .append("\"fields\":\"MAIN\",\"notify\":[\"")
                .append(first.users().get(0).id()).append("\"]}'\n");
        return text.toString();
    }
}
