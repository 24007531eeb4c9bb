package org.prr.portal.platform;

import java.security.PublicKey;

/** A registered public key and the platform that owns it. */
public record SigningKey(String keyId, String platformId, PublicKey publicKey, boolean validNow) {
}
