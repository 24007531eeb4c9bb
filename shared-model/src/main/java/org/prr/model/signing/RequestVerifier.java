package org.prr.model.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Base64;

/** Checks a signed request against the public key registered for its key id. */
public final class RequestVerifier {

    public enum Outcome {
        VALID,
        DIGEST_MISMATCH,
        BAD_SIGNATURE
    }

    private RequestVerifier() {}

    public static Outcome verify(
            PublicKey publicKey, String method, String pathWithQuery, byte[] body, SignatureHeaders headers) {
        byte[] expectedDigest = SignatureHeaders.contentDigest(body).getBytes(StandardCharsets.US_ASCII);
        byte[] claimedDigest = headers.contentDigest().getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expectedDigest, claimedDigest)) {
            return Outcome.DIGEST_MISMATCH;
        }
        byte[] signed = SignatureHeaders.stringToSign(
                method,
                pathWithQuery,
                headers.platformId(),
                headers.keyId(),
                headers.timestamp(),
                headers.contentDigest());
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(headers.signature());
        } catch (IllegalArgumentException notBase64) {
            return Outcome.BAD_SIGNATURE;
        }
        return Ed25519Keys.verify(publicKey, signed, signature) ? Outcome.VALID : Outcome.BAD_SIGNATURE;
    }
}
