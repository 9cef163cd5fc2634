package org.contactexport.criteria;

import java.util.List;

/**
 * One reason why a criteria document is refused.
 *
 * @param path    where in the document, e.g. {@code $.all[1].op} ({@code $} is the document)
 * @param message what is wrong, in a sentence
 * @param allowed what may stand there instead, when that is a short closed list; else empty
 */
public record CriteriaFault(String path, String message, List<String> allowed) {

    public CriteriaFault {
        allowed = List.copyOf(allowed);
    }
}
