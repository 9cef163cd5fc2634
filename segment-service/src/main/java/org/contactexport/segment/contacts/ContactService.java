package org.contactexport.segment.contacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contactexport.segment.Conflict;
import org.contactexport.segment.Echo;
import org.contactexport.segment.PlatformSettings;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * The internal API of contact-service: field catalogue, campaigns, counts and first pages.
 * Counts and pages always leave out the contacts who asked not to be tracked.
 */
@Component
public class ContactService {

    private static final ParameterizedTypeReference<List<CatalogueField>> FIELDS =
            new ParameterizedTypeReference<>() {
            };

    private final RestClient http;

    ContactService(RestClient.Builder builder, PlatformSettings settings) {
        this.http = builder.baseUrl(settings.contactService().url()).build();
    }

    /** The account's field catalogue as the criteria parser wants it: key → type. */
    public Map<String, String> fieldTypes(String accountId) {
        List<CatalogueField> fields;
        try {
            fields = http.get()
                    .uri("/internal/v1/accounts/{account}/fields", accountId)
                    .retrieve()
                    .body(FIELDS);
        } catch (RestClientException e) {
            throw new ContactServiceUnavailable(
                    "The field catalogue could not be read from contact-service", e);
        }

        Map<String, String> types = new LinkedHashMap<>();
        fields.forEach(field -> types.put(field.key(), field.type()));
        return types;
    }

    /** The campaign, or empty when the account has none by that id. */
    public Optional<Campaign> campaign(String accountId, String campaignId) {
        try {
            return Optional.ofNullable(http.get()
                    .uri("/internal/v1/accounts/{account}/campaigns/{campaign}", accountId,
                            campaignId)
                    .retrieve()
                    .body(Campaign.class));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                return Optional.empty();
            }
            throw new ContactServiceUnavailable("The campaign could not be read from"
                    + " contact-service (HTTP " + e.getStatusCode().value() + ")", e);
        } catch (RestClientException e) {
            throw new ContactServiceUnavailable(
                    "The campaign could not be read from contact-service", e);
        }
    }

    /** How many contacts match the criteria document. */
    public long count(String accountId, JsonNode criteria) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("criteria", criteria);
        body.put("excludeDoNotTrack", true);
        try {
            Bounds bounds = http.post()
                    .uri("/internal/v1/accounts/{account}/contacts/bounds", accountId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .body(Bounds.class);
            return bounds.count();
        } catch (HttpClientErrorException.BadRequest e) {
            throw staleCriteria(e);
        } catch (RestClientException e) {
            throw new ContactServiceUnavailable(
                    "The matching contacts could not be counted by contact-service", e);
        }
    }

    /** The count and the first {@code limit} matching contacts in id order. */
    public ContactPage firstPage(String accountId, JsonNode criteria, int limit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("criteria", criteria);
        body.put("excludeDoNotTrack", true);
        body.put("limit", limit);
        try {
            return http.post()
                    .uri("/internal/v1/accounts/{account}/contacts/search", accountId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .body(ContactPage.class);
        } catch (HttpClientErrorException.BadRequest e) {
            throw staleCriteria(e);
        } catch (RestClientException e) {
            throw new ContactServiceUnavailable(
                    "The matching contacts could not be read from contact-service", e);
        }
    }

    /**
     * Criteria are checked when saved; contact-service refuses them later only when the
     * catalogue changed since, e.g. a custom field was removed.
     */
    private static Conflict staleCriteria(HttpClientErrorException e) {
        return new Conflict("The criteria no longer fit the account's field catalogue (was a"
                + " field removed?); edit them. contact-service said: "
                + Echo.shown(e.getResponseBodyAsString()));
    }

    private record CatalogueField(String key, String type) {
    }

    private record Bounds(long count) {
    }
}
