package org.prr.portal.platform;

import java.security.PublicKey;

/** A registered public key of a platform, and whether it may sign now. */
public record SigningKey(String keyId, PublicKey publicKey, boolean validNow) {}
