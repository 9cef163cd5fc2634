package org.contactexport.export.contacts;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.contactexport.events.ExportSource;
import org.contactexport.export.PlatformSettings;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The internal API of contact-service: field catalogue, id bounds and the row stream. */
@Component
public class ContactService {

    private static final ParameterizedTypeReference<List<CatalogueField>> FIELDS =
            new ParameterizedTypeReference<>() {
            };

    private final RestClient http;
    private final JsonMapper json;

    ContactService(RestClient.Builder builder, PlatformSettings settings, JsonMapper json) {
        this.http = builder.baseUrl(settings.contactService().url()).build();
        this.json = json;
    }

    public List<CatalogueField> catalogue(String accountId) {
        try {
            return http.get()
                    .uri("/internal/v1/accounts/{account}/fields", accountId)
                    .retrieve()
                    .body(FIELDS);
        } catch (RestClientException e) {
            throw new ContactServiceUnavailable(
                    "The field catalogue could not be read from contact-service", e);
        }
    }

    public ContactBounds bounds(String accountId, ExportSource source) {
        try {
            return http.post()
                    .uri("/internal/v1/accounts/{account}/contacts/bounds", accountId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(selection(source))
                    .retrieve()
                    .body(ContactBounds.class);
        } catch (RestClientException e) {
            throw new ContactServiceUnavailable(
                    "The contacts to export could not be counted by contact-service", e);
        }
    }

    /**
     * Streams the contacts of an id range, in id order, to {@code row}, one at a time and in
     * constant memory; each row holds the stored values in the order of {@code fields}.
     * The list given to {@code row} is reused: copy it to keep it.
     *
     * @return the number of rows streamed
     */
    public long stream(String accountId, ExportSource source, List<String> fields, long fromId,
            long toId, Consumer<List<String>> row) {
        Map<String, Object> body = selection(source);
        body.put("fields", fields);
        body.put("fromId", fromId);
        body.put("toId", toId);
        try {
            return http.post()
                    .uri("/internal/v1/accounts/{account}/contacts/stream", accountId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_NDJSON)
                    .body(body)
                    .exchange((request, response) -> {
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw new ContactServiceUnavailable("contact-service could not"
                                    + " stream the contacts (HTTP "
                                    + response.getStatusCode().value() + ")", null);
                        }
                        return readRows(response.getBody(), fields.size(), row);
                    });
        } catch (RestClientException e) {
            throw new ContactServiceUnavailable(
                    "The contacts could not be read from contact-service", e);
        }
    }

    private long readRows(InputStream in, int width, Consumer<List<String>> row)
            throws IOException {
        List<String> values = new ArrayList<>(Arrays.asList(new String[width]));
        long count = 0;
        try (JsonParser parser = json.createParser(in)) {
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                parser.nextToken();
                for (int i = 0; i < width; i++) {
                    JsonToken token = parser.nextToken();
                    values.set(i, token == JsonToken.VALUE_NULL ? null : parser.getString());
                }
                if (parser.nextToken() != JsonToken.END_ARRAY) {
                    throw new IOException("A contact row holds more values than fields asked");
                }
                row.accept(values);
                count++;
            }
        } catch (JacksonException e) {
            throw new IOException("contact-service sent a malformed contact row", e);
        }
        return count;
    }

    /** The criteria go as a JSON object, as contact-service reads them, not as a string. */
    private Map<String, Object> selection(ExportSource source) {
        Map<String, Object> body = new HashMap<>();
        body.put("criteria", criteria(source));
        body.put("excludeDoNotTrack", source.excludeDoNotTrack());
        return body;
    }

    private JsonNode criteria(ExportSource source) {
        return source.criteria() == null ? null : json.readTree(source.criteria());
    }
}
