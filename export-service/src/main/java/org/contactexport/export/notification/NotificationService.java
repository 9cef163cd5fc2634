package org.contactexport.export.notification;

import java.util.List;
import java.util.Map;
import org.contactexport.export.PlatformSettings;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** The internal API of notification-service: which user ids an account knows. */
@Component
public class NotificationService {

    private final RestClient http;

    NotificationService(RestClient.Builder builder, PlatformSettings settings) {
        this.http = builder.baseUrl(settings.notificationService().url()).build();
    }

    /** The ids among {@code userIds} that are not users of the account, in the order given. */
    public List<String> unknownUsers(String accountId, List<String> userIds) {
        KnownUsers answer;
        try {
            answer = http.post()
                    .uri("/internal/v1/accounts/{account}/users/known", accountId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("userIds", userIds))
                    .retrieve()
                    .body(KnownUsers.class);
        } catch (RestClientException e) {
            throw new NotificationServiceUnavailable(e);
        }
        if (answer == null || answer.known() == null) {
            throw new NotificationServiceUnavailable(null);
        }
        return userIds.stream().filter(id -> !answer.known().contains(id)).toList();
    }

    record KnownUsers(List<String> known) {
    }
}
