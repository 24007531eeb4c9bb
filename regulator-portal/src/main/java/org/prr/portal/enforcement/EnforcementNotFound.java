package org.prr.portal.enforcement;

import java.util.UUID;
import org.prr.portal.errors.DomainException;

/** An action or case that does not exist, or not in the staff member's jurisdiction, or not the platform's. */
class EnforcementNotFound extends DomainException {

    private EnforcementNotFound(String detail) {
        super(Kind.NOT_FOUND, detail);
    }

    static EnforcementNotFound action(UUID actionId) {
        return new EnforcementNotFound("no enforcement action " + actionId + " in your jurisdiction");
    }

    static EnforcementNotFound rectificationCase(UUID caseId, String platformId) {
        return new EnforcementNotFound("no rectification case " + caseId + " of " + platformId);
    }
}
