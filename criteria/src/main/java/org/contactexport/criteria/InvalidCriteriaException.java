package org.contactexport.criteria;

import java.util.List;

/**
 * A criteria document was refused; {@link #faults()} lists every fault found, in document order,
 * at most {@value Limits#MAX_FAULTS}. The message suits the detail of a 400 answer.
 */
public class InvalidCriteriaException extends RuntimeException {

    private final transient List<CriteriaFault> faults;

    /**
     * @param faults    the faults found, in document order
     * @param cutShort  whether checking stopped at the cap, so that there may be more
     */
    public InvalidCriteriaException(List<CriteriaFault> faults, boolean cutShort) {
        super(detail(faults.size(), cutShort));
        this.faults = List.copyOf(faults);
    }

    public List<CriteriaFault> faults() {
        return faults;
    }

    private static String detail(int count, boolean cutShort) {
        String counted = count == 1 ? "1 fault" : count + " faults";
        if (cutShort) {
            counted += " or more, the first " + count + " are listed";
        }
        return "The criteria have " + counted
                + "; each error gives its path and what is allowed there";
    }
}
