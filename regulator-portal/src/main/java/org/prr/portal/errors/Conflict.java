package org.prr.portal.errors;

/**
 * What a request would create exists already (409): features extend it in their own words
 * ({@code PlatformAlreadyRegistered}); the database's unique keys raise it for racing requests.
 */
public class Conflict extends DomainException {

    protected Conflict(String detail) {
        super(Kind.CONFLICT, detail);
    }
}
