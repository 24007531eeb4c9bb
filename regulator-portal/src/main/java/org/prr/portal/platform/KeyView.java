package org.prr.portal.platform;

import java.time.Instant;

/** A platform's registered key as staff see it; {@code validNow} is false when expired, not yet valid or revoked. */
public record KeyView(
        String keyId,
        String algorithm,
        String publicKey,
        Instant notBefore,
        Instant notAfter,
        Instant revokedAt,
        boolean validNow) {}
