package org.prr.portal.incident;

import java.util.UUID;
import org.prr.portal.errors.DomainException;

/** An update for an incident the platform never reported. */
class IncidentNotFound extends DomainException {

    private IncidentNotFound(String detail) {
        super(Kind.NOT_FOUND, detail);
    }

    static IncidentNotFound forId(UUID incidentId, String platformId) {
        return new IncidentNotFound("no incident " + incidentId + " of " + platformId + "; report the incident first");
    }
}
