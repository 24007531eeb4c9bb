package org.prr.portal.platform;

import org.prr.portal.errors.Conflict;

/** A platform id, or a key id of one platform, that is taken. */
public class AlreadyRegistered extends Conflict {

    private AlreadyRegistered(String detail) {
        super(detail);
    }

    public static AlreadyRegistered platform(String platformId) {
        return new AlreadyRegistered("platform " + platformId + " is already registered");
    }

    public static AlreadyRegistered key(String platformId, String keyId) {
        return new AlreadyRegistered("platform " + platformId + " already has a key " + keyId);
    }
}
