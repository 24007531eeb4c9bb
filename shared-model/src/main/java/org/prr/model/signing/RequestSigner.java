package org.prr.model.signing;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;

/** Signs an agent's requests with the platform's Ed25519 private key. */
public final class RequestSigner {

    private final PrivateKey privateKey;
    private final String platformId;
    private final String keyId;

    public RequestSigner(PrivateKey privateKey, String platformId, String keyId) {
        this.privateKey = privateKey;
        this.platformId = platformId;
        this.keyId = keyId;
    }

    public SignatureHeaders sign(String method, String pathWithQuery, byte[] body, Instant now) {
        long timestamp = now.getEpochSecond();
        String digest = SignatureHeaders.contentDigest(body);
        byte[] signature = Ed25519Keys.sign(
                privateKey, SignatureHeaders.stringToSign(method, pathWithQuery, platformId, keyId, timestamp, digest));
        return new SignatureHeaders(
                platformId, keyId, timestamp, digest, Base64.getEncoder().encodeToString(signature));
    }
}
