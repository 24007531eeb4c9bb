package org.prr.portal.outbound;

import org.prr.portal.errors.DomainException;

/** No duty contact of that id in the staff member's jurisdiction. */
class DutyContactNotFound extends DomainException {

    private DutyContactNotFound(String detail) {
        super(Kind.NOT_FOUND, detail);
    }

    static DutyContactNotFound forId(long id) {
        return new DutyContactNotFound("no duty contact " + id + " in your jurisdiction");
    }
}
