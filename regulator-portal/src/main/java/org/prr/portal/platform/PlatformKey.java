package org.prr.portal.platform;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.security.PublicKey;
import java.time.Instant;
import org.prr.model.signing.Ed25519Keys;

@Entity
@IdClass(PlatformKey.Id.class)
class PlatformKey {

    /** A key id is unique within its platform. */
    record Id(String platformId, String keyId) implements Serializable {}

    @jakarta.persistence.Id
    private String platformId;

    @jakarta.persistence.Id
    private String keyId;

    private String algorithm;
    private String publicKey;
    private Instant notBefore;
    private Instant notAfter;
    private Instant createdAt;
    private Instant revokedAt;

    protected PlatformKey() {}

    PlatformKey(String platformId, KeyRegistration registration, Instant createdAt) {
        this.keyId = registration.keyId();
        this.platformId = platformId;
        this.algorithm = registration.algorithm();
        this.publicKey = registration.publicKey();
        this.notBefore = registration.notBefore();
        this.notAfter = registration.notAfter();
        this.createdAt = createdAt;
    }

    String getPlatformId() {
        return platformId;
    }

    boolean isValidAt(Instant instant) {
        return isValid(instant, notBefore, notAfter, revokedAt);
    }

    /** A key signs for its platform from notBefore until notAfter (open if null), unless it was revoked. */
    static boolean isValid(Instant at, Instant notBefore, Instant notAfter, Instant revokedAt) {
        return revokedAt == null && !at.isBefore(notBefore) && (notAfter == null || at.isBefore(notAfter));
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    KeyView view(Instant now) {
        return new KeyView(keyId, algorithm, publicKey, notBefore, notAfter, revokedAt, isValidAt(now));
    }

    PublicKey publicKey() {
        return Ed25519Keys.publicKeyFromBase64(publicKey);
    }
}
