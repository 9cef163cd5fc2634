package org.contactexport.export.request;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * Says what to fix in a body or parameter that could not even be read: which field, and what
 * it must be. It never repeats more than {@value #MAX_ECHO} characters of what was sent.
 */
final class UnreadableBody {

    static final int MAX_ECHO = 100;

    private static final String OBJECT_EXPECTED =
            "The body must be a JSON object, e.g. {\"fields\":\"MAIN\"}";

    /** What each field must be, by its path with list positions written []. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("name", "a string"),
            Map.entry("source", "an object, e.g. {\"type\":\"ALL\"}"),
            Map.entry("source.type", "a string"),
            Map.entry("source.id", "a string"),
            Map.entry("source.campaign", "a string"),
            Map.entry("source.result", "a string"),
            Map.entry("source.bounceCategory", "a string or null"),
            Map.entry("file", "an object, e.g. {\"dialect\":\"data\"}"),
            Map.entry("file.dialect", "a string"),
            Map.entry("file.delimiter", "a string of one character"),
            Map.entry("file.bom", "true or false"),
            Map.entry("file.header", "a string"),
            Map.entry("file.timeZone", "a string"),
            Map.entry("notify", "a list of user ids, e.g. [\"alice\"]"),
            Map.entry("notify[]", "a user id (a string)"));

    private UnreadableBody() {
    }

    static String explain(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof StreamReadException malformed) {
            return "The body is not valid JSON" + where(malformed.getLocation());
        }
        if (!(cause instanceof JacksonException wrongType) || wrongType.getPath().isEmpty()) {
            return OBJECT_EXPECTED;
        }

        StringBuilder path = new StringBuilder();
        StringBuilder key = new StringBuilder();
        for (JacksonException.Reference step : wrongType.getPath()) {
            if (step.getPropertyName() != null) {
                String separator = path.isEmpty() ? "" : ".";
                path.append(separator).append(step.getPropertyName());
                key.append(separator).append(step.getPropertyName());
            } else {
                path.append('[').append(step.getIndex()).append(']');
                key.append("[]");
            }
        }
        String expected = EXPECTED.getOrDefault(key.toString(), "of another type");
        return shown(path.toString()) + " must be " + expected;
    }

    /** For a query or path parameter of the wrong type, e.g. page=abc. */
    static String explainParameter(String name, Class<?> type, Object value) {
        String expected = type == UUID.class && name.equals("scheduleId")
                ? "a schedule id (a UUID)"
                : type == UUID.class ? "an export id (a UUID)"
                : type == Boolean.class ? "true or false"
                : type == int.class || type == Integer.class ? "a whole number"
                : "a " + (type == null ? "value" : type.getSimpleName());
        return name + " must be " + expected + ", not \"" + shown(String.valueOf(value)) + "\"";
    }

    /** At most {@value #MAX_ECHO} characters of what was sent. */
    static String shown(String sent) {
        if (sent.codePointCount(0, sent.length()) <= MAX_ECHO) {
            return sent;
        }
        return sent.substring(0, sent.offsetByCodePoints(0, MAX_ECHO)) + "…";
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
