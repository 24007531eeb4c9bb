package org.prr.portal.intake;

import org.prr.model.signing.SignatureHeaders;

/**
 * A platform call whose signature verified, for a controller parameter: the call cannot reach the controller
 * unauthenticated. {@link #platformId()} is the owner of the verified key.
 */
public record SignedCall(SignatureHeaders headers) {

    public String platformId() {
        return headers.platformId();
    }
}
