package org.prr.portal.flag;

import java.util.UUID;
import org.prr.portal.errors.Conflict;

/** The flag is not in a state the step can leave (acknowledging a resolved flag, waiving a waived one). */
class FlagTransitionRefused extends Conflict {

    private FlagTransitionRefused(String detail) {
        super(detail);
    }

    static FlagTransitionRefused from(UUID flagId, FlagState state, String step) {
        return new FlagTransitionRefused("flag " + flagId + " is " + state + "; it cannot be " + step);
    }
}
