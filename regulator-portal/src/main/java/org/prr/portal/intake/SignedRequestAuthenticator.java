package org.prr.portal.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.prr.model.signing.RequestVerifier;
import org.prr.model.signing.SignatureHeaders;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.platform.SigningKey;
import org.springframework.stereotype.Component;

/**
 * Establishes which platform sent a request from its Ed25519 signature: the identity is the owner of the verified
 * key, never what the body says.
 */
@Component
class SignedRequestAuthenticator {

    private static final long LAST_SECOND_OF_9999 = 253_402_300_799L;

    private final PlatformRegistry registry;
    private final IntakeSettings settings;
    private final RateLimits rateLimits;
    private final Clock clock;

    SignedRequestAuthenticator(PlatformRegistry registry, IntakeSettings settings, RateLimits rateLimits, Clock clock) {
        this.registry = registry;
        this.settings = settings;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    /**
     * The verified signature headers; their {@code platformId} is the caller's identity. Each authenticated request
     * takes one of the platform's rate-limit tokens and counts as the platform's last contact.
     */
    SignatureHeaders authenticate(HttpServletRequest request, byte[] body) {
        SignatureHeaders headers = new SignatureHeaders(
                required(request, SignatureHeaders.PLATFORM_ID),
                required(request, SignatureHeaders.KEY_ID),
                timestamp(required(request, SignatureHeaders.TIMESTAMP)),
                required(request, SignatureHeaders.CONTENT_DIGEST),
                required(request, SignatureHeaders.SIGNATURE));
        Duration skew = Duration.between(Instant.ofEpochSecond(headers.timestamp()), clock.instant());
        if (skew.abs().compareTo(settings.maxClockSkew()) > 0) {
            throw SignatureRejected.clockSkew(
                    skew.toSeconds(), settings.maxClockSkew().toSeconds());
        }
        SigningKey key = registry.signingKey(headers.platformId(), headers.keyId())
                .orElseThrow(() -> SignatureRejected.unknownKey(headers));
        if (!key.validNow()) {
            throw SignatureRejected.keyNotValidNow(headers);
        }
        String pathWithQuery = request.getQueryString() == null
                ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
        switch (RequestVerifier.verify(key.publicKey(), request.getMethod(), pathWithQuery, body, headers)) {
            case DIGEST_MISMATCH -> throw SignatureRejected.digestMismatch();
            case BAD_SIGNATURE -> throw SignatureRejected.badSignature(headers);
            case VALID -> {}
        }
        rateLimits.take(headers.platformId());
        registry.contacted(headers.platformId());
        return headers;
    }

    /** The one value of a signed header: a second copy is refused, so no copy can decide what was signed. */
    private static String required(HttpServletRequest request, String header) {
        List<String> values = Collections.list(request.getHeaders(header));
        if (values.size() > 1) {
            throw SignatureRejected.repeatedHeader(header, values.size());
        }
        if (values.isEmpty() || values.get(0).isBlank()) {
            throw SignatureRejected.missingHeader(header);
        }
        return values.get(0).strip();
    }

    /** Unix seconds between 1970 and 9999, so no arithmetic on it can overflow. */
    private static long timestamp(String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds >= 0 && seconds <= LAST_SECOND_OF_9999) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw SignatureRejected.timestampNotUnixSeconds();
    }
}
