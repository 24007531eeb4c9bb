package org.prr.portal.staff;

import org.prr.portal.errors.Conflict;

/** A staff user name is taken. */
class StaffUserExists extends Conflict {

    private StaffUserExists(String detail) {
        super(detail);
    }

    static StaffUserExists withName(String username) {
        return new StaffUserExists("staff user " + username + " exists");
    }
}
