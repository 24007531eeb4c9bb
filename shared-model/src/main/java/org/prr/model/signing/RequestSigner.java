package org.prr.model.signing;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
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
        try {
            Signature ed25519 = Signature.getInstance(Ed25519Keys.ALGORITHM);
            ed25519.initSign(privateKey);
            ed25519.update(SignatureHeaders.stringToSign(method, pathWithQuery, platformId, keyId, timestamp, digest));
            String signature = Base64.getEncoder().encodeToString(ed25519.sign());
            return new SignatureHeaders(platformId, keyId, timestamp, digest, signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with key " + keyId, e);
        }
    }
}
