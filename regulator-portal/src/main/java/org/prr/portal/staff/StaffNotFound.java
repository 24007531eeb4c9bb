package org.prr.portal.staff;

import org.prr.portal.errors.DomainException;

/** No such staff user, or one of another jurisdiction: both are answered the same way. */
class StaffNotFound extends DomainException {

    private StaffNotFound(String detail) {
        super(Kind.NOT_FOUND, detail);
    }

    static StaffNotFound withName(String username) {
        return new StaffNotFound("no staff user " + username + " in your jurisdiction");
    }
}
