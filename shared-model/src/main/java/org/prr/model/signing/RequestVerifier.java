package org.prr.model.signing;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/** Checks a signed request against the public key registered for its key id. */
public final class RequestVerifier {

    public enum Outcome {
        VALID, DIGEST_MISMATCH, BAD_SIGNATURE
    }

    private RequestVerifier() {
    }

    public static Outcome verify(PublicKey publicKey, String method, String pathWithQuery, byte[] body,
            SignatureHeaders headers) {
        byte[] expectedDigest = SignatureHeaders.contentDigest(body).getBytes(StandardCharsets.US_ASCII);
        byte[] claimedDigest = headers.contentDigest().getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expectedDigest, claimedDigest)) {
            return Outcome.DIGEST_MISMATCH;
        }
        try {
            Signature ed25519 = Signature.getInstance(Ed25519Keys.ALGORITHM);
            ed25519.initVerify(publicKey);
            ed25519.update(SignatureHeaders.stringToSign(method, pathWithQuery, headers.platformId(), headers.keyId(),
                    headers.timestamp(), headers.contentDigest()));
            return ed25519.verify(Base64.getDecoder().decode(headers.signature())) ? Outcome.VALID
                    : Outcome.BAD_SIGNATURE;
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            // Not base64, wrong length, or a key of another algorithm: none of these is a valid signature.
            return Outcome.BAD_SIGNATURE;
        }
    }
}
