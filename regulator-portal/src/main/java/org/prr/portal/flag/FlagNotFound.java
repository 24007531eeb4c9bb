package org.prr.portal.flag;

import java.util.UUID;
import org.prr.portal.errors.DomainException;

/** No such flag, or none the caller may see: flags outside the caller's jurisdiction are answered the same way. */
class FlagNotFound extends DomainException {

    private FlagNotFound(String detail) {
        super(Kind.NOT_FOUND, detail);
    }

    static FlagNotFound forId(UUID flagId) {
        return new FlagNotFound("no flag " + flagId + " in your jurisdiction");
    }
}
