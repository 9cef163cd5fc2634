package org.contactexport.criteria;

import java.util.ArrayList;
import java.util.List;

/** The faults found in one document, kept up to {@link Limits#MAX_FAULTS}. */
final class Faults {

    private final List<CriteriaFault> found = new ArrayList<>();
    private boolean cutShort;

    void add(String path, String message) {
        add(path, message, List.of());
    }

    void add(String path, String message, List<String> allowed) {
        if (full()) {
            cutShort = true;
            return;
        }
        found.add(new CriteriaFault(path, message, allowed));
    }

    boolean full() {
        return found.size() >= Limits.MAX_FAULTS;
    }

    /** Whether to stop checking what is left, noting that it may hold more faults. */
    boolean stopBefore() {
        cutShort |= full();
        return full();
    }

    int count() {
        return found.size();
    }

    boolean any() {
        return !found.isEmpty();
    }

    InvalidCriteriaException refusal() {
        return new InvalidCriteriaException(found, cutShort);
    }
}
