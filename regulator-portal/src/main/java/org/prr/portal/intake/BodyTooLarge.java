package org.prr.portal.intake;

import org.prr.portal.errors.DomainException;

/** A platform's body over the portal's limit (413): it is not read further. */
class BodyTooLarge extends DomainException {

    private BodyTooLarge(String detail) {
        super(Kind.TOO_LARGE, detail);
    }

    static BodyTooLarge over(long limitBytes) {
        return new BodyTooLarge("the body exceeds the limit of " + limitBytes + " bytes");
    }
}
