package org.prr.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.prr.model.signing.Ed25519Keys;
import org.prr.model.signing.RequestSigner;
import org.prr.model.signing.SignatureHeaders;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.platform.SigningKey;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** The signature check on a fixed clock, against keys the registry is made to hold. */
class SignedRequestAuthenticatorTests {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    private static final byte[] BODY = "{\"reportId\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    private final KeyPair keys = Ed25519Keys.generate();
    private final PlatformRegistry registry = mock(PlatformRegistry.class);
    private final SignedRequestAuthenticator authenticator = new SignedRequestAuthenticator(
            registry,
            new IntakeSettings(Duration.ofSeconds(300), DataSize.ofMegabytes(1), 120),
            new RateLimits(new IntakeSettings(Duration.ofSeconds(300), DataSize.ofMegabytes(1), 120)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    SignedRequestAuthenticatorTests() {
        registered("cq-video", "k1", keys, true);
    }

    private void registered(String platformId, String keyId, KeyPair pair, boolean validNow) {
        when(registry.signingKey(platformId, keyId))
                .thenReturn(Optional.of(new SigningKey(keyId, pair.getPublic(), validNow)));
    }

    private static MockHttpServletRequest request(SignatureHeaders headers) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/reports");
        headers.asMap().forEach(request::addHeader);
        return request;
    }

    private SignatureHeaders signed(Instant at) {
        return new RequestSigner(keys.getPrivate(), "cq-video", "k1").sign("POST", "/api/v1/reports", BODY, at);
    }

    private void refused(MockHttpServletRequest request, byte[] body, String detail) {
        assertThatThrownBy(() -> authenticator.authenticate(request, body))
                .isInstanceOf(SignatureRejected.class)
                .hasMessage(detail);
    }

    @Test
    void theCallerIsTheOwnerOfTheKeyThatVerifies() {
        assertThat(authenticator.authenticate(request(signed(NOW)), BODY).platformId())
                .isEqualTo("cq-video");
    }

    @Test
    void acceptsAClockUpToTheLimitEitherWay() {
        assertThat(authenticator.authenticate(request(signed(NOW.minusSeconds(300))), BODY))
                .isNotNull();
        assertThat(authenticator.authenticate(request(signed(NOW.plusSeconds(300))), BODY))
                .isNotNull();
    }

    @Test
    void aClockTooFarOffIsRefusedWithTheSkewSoTheAgentCanTellItFromAWrongKey() {
        assertThatThrownBy(() -> authenticator.authenticate(request(signed(NOW.minusSeconds(301))), BODY))
                .isInstanceOfSatisfying(SignatureRejected.class, refused -> {
                    assertThat(refused.properties()).isEqualTo(Map.of("clockSkewSeconds", 301L));
                    assertThat(refused.getMessage()).startsWith("X-Timestamp is 301 s behind the portal's clock");
                });
        assertThatThrownBy(() -> authenticator.authenticate(request(signed(NOW.plusSeconds(400))), BODY))
                .isInstanceOfSatisfying(SignatureRejected.class, refused -> assertThat(refused.properties())
                        .isEqualTo(Map.of("clockSkewSeconds", -400L)));
    }

    @Test
    void aBodyOtherThanTheSignedOneIsRefused() {
        refused(request(signed(NOW)), "{}".getBytes(StandardCharsets.UTF_8), "Content-Digest does not match the body");
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() {
        SignatureHeaders forged = new RequestSigner(Ed25519Keys.generate().getPrivate(), "cq-video", "k1")
                .sign("POST", "/api/v1/reports", BODY, NOW);
        refused(request(forged), BODY, "X-Signature does not verify with key k1 for this method, path and headers");
    }

    @Test
    void aSignatureForAnotherPathIsRefused() {
        MockHttpServletRequest request = request(signed(NOW));
        request.setRequestURI("/api/v1/incidents");
        refused(request, BODY, "X-Signature does not verify with key k1 for this method, path and headers");
    }

    @Test
    void anUnknownKeyAndAKeyOutsideItsWindowAreRefused() {
        when(registry.signingKey("cq-video", "k1")).thenReturn(Optional.empty());
        refused(request(signed(NOW)), BODY, "platform cq-video has no key k1");
        registered("cq-video", "k1", keys, false);
        refused(request(signed(NOW)), BODY, "key k1 is not valid at this time");
    }

    @Test
    void everySignedHeaderIsRequiredOnce() {
        for (String header : signed(NOW).asMap().keySet()) {
            MockHttpServletRequest missing = new MockHttpServletRequest("POST", "/api/v1/reports");
            signed(NOW).asMap().forEach((name, value) -> {
                if (!name.equals(header)) {
                    missing.addHeader(name, value);
                }
            });
            refused(missing, BODY, "header " + header + " is missing");
            MockHttpServletRequest twice = request(signed(NOW));
            twice.addHeader(header, "again");
            refused(twice, BODY, "header " + header + " appears 2 times; send it once");
        }
    }

    @Test
    void aTimestampThatIsNotUnixSecondsIsRefusedWithoutArithmetic() {
        for (String timestamp : new String[] {"-9223372036854775808", "253402300800", "1.5", "2026-11-24T02:00:00Z"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/reports");
            signed(NOW)
                    .asMap()
                    .forEach((name, value) ->
                            request.addHeader(name, name.equals(SignatureHeaders.TIMESTAMP) ? timestamp : value));
            refused(request, BODY, "X-Timestamp must be unix seconds");
        }
    }

    @Test
    void eachAuthenticatedCallTakesOneOfThePlatformsTokens() {
        for (int i = 0; i < 120; i++) {
            authenticator.authenticate(request(signed(NOW)), BODY);
        }
        assertThatThrownBy(() -> authenticator.authenticate(request(signed(NOW)), BODY))
                .isInstanceOf(RateLimited.class);
    }
}
