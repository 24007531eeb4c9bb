package org.prr.portal.incident;

import java.util.UUID;
import org.prr.portal.errors.DomainException;

/** An update for an incident the platform already reported CLOSED: nothing more is accepted for it (422). */
class IncidentClosed extends DomainException {

    private IncidentClosed(String detail) {
        super(Kind.INVALID, detail);
    }

    static IncidentClosed forId(UUID incidentId) {
        return new IncidentClosed("incident " + incidentId
                + " was reported CLOSED; nothing more is accepted for it. Report a new incident if it flared up again");
    }
}
