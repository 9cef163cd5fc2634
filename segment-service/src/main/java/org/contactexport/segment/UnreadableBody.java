package org.contactexport.segment;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * Says what to fix in a body that could not even be read: where the JSON breaks, or which
 * member has the wrong type.
 */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static String explain(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof StreamReadException malformed) {
            return "The body is not valid JSON" + where(malformed.getLocation());
        }
        if (!(cause instanceof JacksonException wrongType) || wrongType.getPath().isEmpty()) {
            return "The body must be a JSON object, e.g. {\"name\":\"VIP\",\"criteria\":{…}}";
        }

        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : wrongType.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return Echo.shown(path.toString()) + " has the wrong type: names and ids are strings,"
                + " version is a whole number, criteria is an object (docs/criteria.md)";
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
