package org.prr.portal.platform;

import org.prr.portal.errors.DomainException;

/** No such platform, or none the caller may see: staff outside its jurisdiction are answered the same way. */
public class PlatformNotFound extends DomainException {

    private PlatformNotFound(String detail) {
        super(Kind.NOT_FOUND, detail);
    }

    public static PlatformNotFound forId(String platformId) {
        return new PlatformNotFound("no platform " + platformId);
    }

    public static PlatformNotFound inJurisdictionOfCaller(String platformId) {
        return new PlatformNotFound("no platform " + platformId + " in your jurisdiction");
    }
}
