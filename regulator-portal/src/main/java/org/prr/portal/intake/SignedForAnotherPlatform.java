package org.prr.portal.intake;

import org.prr.portal.errors.DomainException;

/** A document for one platform signed with another's key (403): the identity is the key's owner, never the body. */
class SignedForAnotherPlatform extends DomainException {

    private SignedForAnotherPlatform(String detail) {
        super(Kind.FORBIDDEN, detail);
    }

    static SignedForAnotherPlatform of(String documentPlatformId, String signerPlatformId) {
        return new SignedForAnotherPlatform(
                "the document is for platform " + documentPlatformId + " but was signed for " + signerPlatformId);
    }
}
