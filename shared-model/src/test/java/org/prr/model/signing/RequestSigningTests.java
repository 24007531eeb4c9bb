package org.prr.model.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.prr.model.signing.RequestVerifier.Outcome;

class RequestSigningTests {

    private static final KeyPair KEYS = Ed25519Keys.generate();
    private static final Instant NOW = Instant.parse("2026-11-24T01:00:05Z");
    private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    private static final String PATH = "/api/v1/reports";

    private final RequestSigner signer = new RequestSigner(KEYS.getPrivate(), "cq-video", "k1");

    @Test
    void verifiesWhatItSigned() {
        SignatureHeaders headers = signer.sign("POST", PATH, BODY, NOW);
        assertThat(headers.timestamp()).isEqualTo(NOW.getEpochSecond());
        assertThat(RequestVerifier.verify(KEYS.getPublic(), "POST", PATH, BODY, headers))
                .isEqualTo(Outcome.VALID);
    }

    @Test
    void signsEmptyBodiesWithTheDigestOfNothing() {
        SignatureHeaders headers = signer.sign("GET", "/api/v1/obligations", new byte[0], NOW);
        assertThat(headers.contentDigest()).isEqualTo("sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:");
        assertThat(RequestVerifier.verify(KEYS.getPublic(), "GET", "/api/v1/obligations", new byte[0], headers))
                .isEqualTo(Outcome.VALID);
    }

    @Test
    void failsWhenOneByteOfTheBodyChanges() {
        SignatureHeaders headers = signer.sign("POST", PATH, BODY, NOW);
        byte[] changed = BODY.clone();
        changed[5] = '2';
        assertThat(RequestVerifier.verify(KEYS.getPublic(), "POST", PATH, changed, headers))
                .isEqualTo(Outcome.DIGEST_MISMATCH);
        SignatureHeaders digestForged = new SignatureHeaders(
                headers.platformId(),
                headers.keyId(),
                headers.timestamp(),
                SignatureHeaders.contentDigest(changed),
                headers.signature());
        assertThat(RequestVerifier.verify(KEYS.getPublic(), "POST", PATH, changed, digestForged))
                .isEqualTo(Outcome.BAD_SIGNATURE);
    }

    @Test
    void failsWhenThePathChanges() {
        SignatureHeaders headers = signer.sign("POST", PATH, BODY, NOW);
        assertThat(RequestVerifier.verify(KEYS.getPublic(), "POST", "/api/v1/reportz", BODY, headers))
                .isEqualTo(Outcome.BAD_SIGNATURE);
        assertThat(RequestVerifier.verify(KEYS.getPublic(), "PUT", PATH, BODY, headers))
                .isEqualTo(Outcome.BAD_SIGNATURE);
    }

    @Test
    void failsWhenTheTimestampChanges() {
        SignatureHeaders h = signer.sign("POST", PATH, BODY, NOW);
        SignatureHeaders later =
                new SignatureHeaders(h.platformId(), h.keyId(), h.timestamp() + 1, h.contentDigest(), h.signature());
        assertThat(RequestVerifier.verify(KEYS.getPublic(), "POST", PATH, BODY, later))
                .isEqualTo(Outcome.BAD_SIGNATURE);
    }

    @Test
    void failsWhenThePlatformIdChanges() {
        SignatureHeaders h = signer.sign("POST", PATH, BODY, NOW);
        SignatureHeaders other =
                new SignatureHeaders("cq-videp", h.keyId(), h.timestamp(), h.contentDigest(), h.signature());
        assertThat(RequestVerifier.verify(KEYS.getPublic(), "POST", PATH, BODY, other))
                .isEqualTo(Outcome.BAD_SIGNATURE);
    }

    @Test
    void failsWithAnotherKeyOrAGarbledSignature() {
        SignatureHeaders h = signer.sign("POST", PATH, BODY, NOW);
        assertThat(RequestVerifier.verify(Ed25519Keys.generate().getPublic(), "POST", PATH, BODY, h))
                .isEqualTo(Outcome.BAD_SIGNATURE);
        SignatureHeaders garbled =
                new SignatureHeaders(h.platformId(), h.keyId(), h.timestamp(), h.contentDigest(), "not base64!");
        assertThat(RequestVerifier.verify(KEYS.getPublic(), "POST", PATH, BODY, garbled))
                .isEqualTo(Outcome.BAD_SIGNATURE);
    }

    @Test
    void keysSurviveTheirPemAndBase64Forms() {
        assertThat(Ed25519Keys.publicKeyFromPem(Ed25519Keys.toPem(KEYS.getPublic())))
                .isEqualTo(KEYS.getPublic());
        assertThat(Ed25519Keys.publicKeyFromBase64(Ed25519Keys.toBase64(KEYS.getPublic())))
                .isEqualTo(KEYS.getPublic());
        SignatureHeaders h = new RequestSigner(
                        Ed25519Keys.privateKeyFromPem(Ed25519Keys.toPem(KEYS.getPrivate())), "cq-video", "k1")
                .sign("POST", PATH, BODY, NOW);
        assertThat(RequestVerifier.verify(KEYS.getPublic(), "POST", PATH, BODY, h))
                .isEqualTo(Outcome.VALID);
    }
}
