package org.prr.portal.intake;

import java.util.Map;
import org.prr.model.signing.SignatureHeaders;
import org.prr.portal.errors.DomainException;

/** A platform call whose signature headers do not prove who sent it (401). */
public class SignatureRejected extends DomainException {

    private final Map<String, Object> properties;

    private SignatureRejected(String detail, Map<String, Object> properties) {
        super(Kind.UNAUTHENTICATED, detail);
        this.properties = properties;
    }

    private SignatureRejected(String detail) {
        this(detail, Map.of());
    }

    static SignatureRejected missingHeader(String header) {
        return new SignatureRejected("header " + header + " is missing");
    }

    static SignatureRejected repeatedHeader(String header, int times) {
        return new SignatureRejected("header " + header + " appears " + times + " times; send it once");
    }

    static SignatureRejected timestampNotUnixSeconds() {
        return new SignatureRejected(SignatureHeaders.TIMESTAMP + " must be unix seconds");
    }

    /**
     * A timestamp too far from the portal's clock, with {@code clockSkewSeconds} (the portal's clock minus the
     * request's), so an agent can tell a wrong clock, which it should wait out, from a wrong key.
     */
    static SignatureRejected clockSkew(long skewSeconds, long maxSeconds) {
        return new SignatureRejected(
                "X-Timestamp is " + Math.abs(skewSeconds) + " s " + (skewSeconds > 0 ? "behind" : "ahead of")
                        + " the portal's clock; at most " + maxSeconds + " s is accepted (check the agent's clock)",
                Map.of("clockSkewSeconds", skewSeconds));
    }

    static SignatureRejected unknownKey(SignatureHeaders headers) {
        return new SignatureRejected("platform " + headers.platformId() + " has no key " + headers.keyId());
    }

    static SignatureRejected keyNotValidNow(SignatureHeaders headers) {
        return new SignatureRejected("key " + headers.keyId() + " is not valid at this time");
    }

    static SignatureRejected digestMismatch() {
        return new SignatureRejected(SignatureHeaders.CONTENT_DIGEST + " does not match the body");
    }

    static SignatureRejected badSignature(SignatureHeaders headers) {
        return new SignatureRejected(SignatureHeaders.SIGNATURE + " does not verify with key " + headers.keyId()
                + " for this method, path and headers");
    }

    @Override
    public Map<String, Object> properties() {
        return properties;
    }
}
