package org.prr.portal.staff;

import org.prr.portal.errors.DomainException;

/** Staff may create things (platforms, staff users) only in their own jurisdiction. */
public class OutsideJurisdiction extends DomainException {

    private OutsideJurisdiction(String detail) {
        super(Kind.FORBIDDEN, detail);
    }

    /** @param what what the caller tried to create, in the plural ("platforms") */
    public static OutsideJurisdiction creating(String what, StaffPrincipal by) {
        return new OutsideJurisdiction("you may create " + what + " only in jurisdiction " + by.getJurisdiction());
    }
}
