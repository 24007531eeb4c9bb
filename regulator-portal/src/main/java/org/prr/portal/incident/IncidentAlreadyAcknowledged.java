package org.prr.portal.incident;

import java.time.Instant;
import java.util.UUID;
import org.prr.portal.errors.DomainException;

/** Staff acknowledge an incident once; the first acknowledgement stands (409). */
class IncidentAlreadyAcknowledged extends DomainException {

    private IncidentAlreadyAcknowledged(String detail) {
        super(Kind.CONFLICT, detail);
    }

    static IncidentAlreadyAcknowledged by(UUID incidentId, String username, Instant at) {
        return new IncidentAlreadyAcknowledged(
                "incident " + incidentId + " was acknowledged by " + username + " at " + at);
    }
}
