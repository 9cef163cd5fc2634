package org.contactexport.segment;

import java.util.List;

/** A request that cannot be carried out, with what to fix and, when it helps, what is allowed. */
public class InvalidRequest extends RuntimeException {

    private final List<String> allowed;

    public InvalidRequest(String whatToFix) {
        this(whatToFix, List.of());
    }

    public InvalidRequest(String whatToFix, List<String> allowed) {
        super(whatToFix);
        this.allowed = List.copyOf(allowed);
    }

    public List<String> allowed() {
        return allowed;
    }
}
