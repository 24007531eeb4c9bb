package org.prr.portal.platform;

import org.prr.portal.errors.DomainException;

/** The platform has no key of that id. */
public class KeyNotFound extends DomainException {

    private KeyNotFound(String detail) {
        super(Kind.NOT_FOUND, detail);
    }

    public static KeyNotFound forId(String platformId, String keyId) {
        return new KeyNotFound("platform " + platformId + " has no key " + keyId);
    }
}
