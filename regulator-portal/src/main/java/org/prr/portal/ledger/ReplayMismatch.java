package org.prr.portal.ledger;

import java.util.UUID;
import org.prr.portal.errors.DomainException;

/** An id the ledger already holds with another body ({@link Ledger.Outcome#CONFLICT}): nothing was written. */
public class ReplayMismatch extends DomainException {

    private ReplayMismatch(String detail) {
        super(Kind.REPLAY_MISMATCH, detail);
    }

    /** @param instead what the sender should do instead, e.g. "send an update with a new id instead" */
    public static ReplayMismatch of(UUID id, String instead) {
        return new ReplayMismatch(id + " was already recorded with a different body; " + instead);
    }
}
