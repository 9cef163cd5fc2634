package org.contactexport.criteria;

import java.util.List;

/**
 * A criteria document was refused; {@link #faults()} lists every fault found, in document order,
 * at most {@value Limits#MAX_FAULTS}. The message suits the detail of a 400 answer.
 */
public class InvalidCriteriaException extends RuntimeException {

    private final transient List<CriteriaFault> faults;

    public InvalidCriteriaException(List<CriteriaFault> faults, boolean moreNotReported) {
        super(detail(faults.size(), moreNotReported));
        this.faults = List.copyOf(faults);
    }

    public List<CriteriaFault> faults() {
        return faults;
    }

    private static String detail(int count, boolean moreNotReported) {
        String counted = count == 1 ? "1 fault" : count + " faults";
        if (moreNotReported) {
            counted = "more than " + counted + " (the first " + count + " are listed)";
        }
        return "The criteria have " + counted
                + "; each error gives its path and what is allowed there";
    }
}
