package org.prr.portal.incident;

import java.util.UUID;
import org.prr.portal.errors.DomainException;

/** An update for an incident the platform never reported, or an incident outside the staff member's jurisdiction. */
class IncidentNotFound extends DomainException {

    private IncidentNotFound(String detail) {
        super(Kind.NOT_FOUND, detail);
    }

    static IncidentNotFound forId(UUID incidentId, String platformId) {
        return new IncidentNotFound("no incident " + incidentId + " of " + platformId + "; report the incident first");
    }

    static IncidentNotFound inJurisdiction(UUID incidentId) {
        return new IncidentNotFound("no incident " + incidentId + " in your jurisdiction");
    }
}
