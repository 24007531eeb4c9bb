package org.prr.agent.verification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prr.agent.AgentIntegrationTest;
import org.prr.agent.PortalStub;
import org.prr.agent.verification.LedgerVerification.Outcome;
import org.prr.agent.verification.LedgerVerification.Verdict;
import org.prr.model.json.CanonicalJson;
import org.prr.model.ledger.ChainLinks;
import org.prr.model.ledger.Checkpoint;
import org.prr.model.signing.Ed25519Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The ledger check against a portal, played by WireMock, whose answers are not what the contract says: an answer
 * that is not a chain or a checkpoint leaves the ledger unchecked (recorded, with the reason, like a portal that
 * cannot be reached) and pins no key; an entry that is whole but does not verify is a mismatch. No answer makes the
 * check throw. A mismatch the scheduled check finds is also sent to the platform's webhook and e-mail.
 */
@AgentIntegrationTest
@TestPropertySource(properties = {"agent.platform-id=la-platform", "agent.ledger-check.start-delay=1h"})
class LedgerAnswersIT {

    static final ObjectMapper JSON =
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final KeyPair PORTAL_KEY = Ed25519Keys.generate();

    @RegisterExtension
    static WireMockExtension portal = PortalStub.server();

    @RegisterExtension
    static GreenMailExtension mail =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void portalAndChannels(DynamicPropertyRegistry registry) {
        PortalStub.asPortal(registry, portal);
        registry.add("agent.notices.webhook", () -> portal.baseUrl() + "/compliance/alerts");
        registry.add("agent.notices.email.to", () -> "compliance@platform.example");
        registry.add("agent.notices.email.host", () -> "127.0.0.1");
        registry.add("agent.notices.email.port", () -> mail.getSmtp().getPort());
    }

    @Autowired
    ProducerTemplate camel;

    @Autowired
    LedgerVerification verification;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void forgetPinnedKey() {
        jdbc.update("DELETE FROM portal_key");
    }

    @Test
    void anAnswerThatIsNotACheckpointLeavesTheLedgerUnchecked() {
        for (String answer : List.of(
                "{\"checkpoints\":[]}",
                "[1,2,3]",
                "null",
                "{\"publicKey\":\"" + publicKey() + "\",\"checkpoints\":[{\"platformId\":\"la-platform\",\"seq\":1}]}",
                "{\"publicKey\":\"" + publicKey() + "\",\"checkpoints\":[null]}",
                "<html>maintenance</html>")) {
            portal.stubFor(get(urlPathEqualTo("/api/v1/ledger/own/checkpoint")).willReturn(okJson(answer)));

            Outcome outcome = verification.check();

            assertThat(outcome.verdict()).as(answer).isEqualTo(Verdict.UNCHECKED);
            assertThat(outcome.problem()).as(answer).startsWith("the portal could not be asked");
            assertThat(verification.last().problem()).as("recorded").isEqualTo(outcome.problem());
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM portal_key WHERE id = 1", Integer.class))
                    .as("no key pinned from %s", answer)
                    .isZero();
        }
    }

    @Test
    void entriesWithoutTheirHashedFieldsLeaveTheLedgerUnchecked() throws Exception {
        servesCheckpointOf(ChainLinks.GENESIS.replace('0', 'a'));
        for (String answer : List.of(
                "[{\"seq\":1}]",
                "{\"seq\":1}",
                "null",
                "[null]",
                JSON.writeValueAsString(List.of(Map.of("seq", 1, "platformId", "la-platform", "payload", "{}"))))) {
            portal.stubFor(get(urlPathEqualTo("/api/v1/ledger/own")).willReturn(okJson(answer)));

            Outcome outcome = verification.check();

            assertThat(outcome.verdict()).as(answer).isEqualTo(Verdict.UNCHECKED);
            assertThat(outcome.problem()).as(answer).startsWith("the portal could not be asked");
        }
    }

    @Test
    void aWholeEntryWhosePayloadIsNotJsonIsAMismatch() throws Exception {
        servesAnEntryThatDoesNotVerify();

        Outcome outcome = verification.check();

        assertThat(outcome.verdict()).isEqualTo(Verdict.MISMATCH);
        assertThat(outcome.problem()).startsWith("entry 1: ledger payload is not JSON");
        assertThat(verification.mismatched()).isTrue();
    }

    @Test
    void aMismatchTheScheduledCheckFindsGoesToThePlatformsWebhookAndByEmail() throws Exception {
        servesAnEntryThatDoesNotVerify();
        portal.stubFor(post(urlPathEqualTo("/compliance/alerts"))
                .willReturn(aResponse().withStatus(204)));

        camel.sendBody("direct:ledger-check", null);

        JsonNode posted = JSON.readTree(portal.findAll(postRequestedFor(urlPathEqualTo("/compliance/alerts")))
                .get(0)
                .getBodyAsString());
        assertThat(posted.get("kind").asText()).isEqualTo("LEDGER_MISMATCH");
        assertThat(posted.get("platformId").asText()).isEqualTo("la-platform");
        assertThat(posted.get("problem").asText()).startsWith("entry 1: ledger payload is not JSON");
        MimeMessage[] mails = mail.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("[账本核验不一致] la-platform");
        assertThat(GreenMailUtil.getBody(mails[0])).contains("ledger payload is not JSON");
    }

    /** A signed checkpoint of one entry that has every field, but a payload that is not JSON. */
    private static void servesAnEntryThatDoesNotVerify() throws Exception {
        Instant recordedAt = Instant.parse("2026-12-01T00:00:00Z");
        String payloadHash = "cd".repeat(32);
        String entryHash =
                ChainLinks.entryHash(ChainLinks.GENESIS, "la-platform", 1, "REPORT", recordedAt, payloadHash);
        servesCheckpointOf(entryHash);
        portal.stubFor(get(urlPathEqualTo("/api/v1/ledger/own"))
                .willReturn(okJson(JSON.writeValueAsString(List.of(Map.of(
                        "platformId",
                        "la-platform",
                        "seq",
                        1,
                        "type",
                        "REPORT",
                        "recordedAt",
                        recordedAt.toString(),
                        "payload",
                        "not json {",
                        "payloadHash",
                        payloadHash,
                        "prevHash",
                        ChainLinks.GENESIS,
                        "entryHash",
                        entryHash))))));
    }

    /** A checkpoint of entry 1 with {@code entryHash}, signed with the portal's key. */
    private static void servesCheckpointOf(String entryHash) throws Exception {
        Checkpoint.Signed signed = new Checkpoint.Signed("la-platform", 1, entryHash, Instant.now());
        String signature = Base64.getEncoder()
                .encodeToString(Ed25519Keys.sign(PORTAL_KEY.getPrivate(), CanonicalJson.write(signed)));
        Checkpoint checkpoint =
                new Checkpoint(signed.platformId(), signed.seq(), signed.entryHash(), signed.issuedAt(), signature);
        portal.stubFor(get(urlPathEqualTo("/api/v1/ledger/own/checkpoint"))
                .willReturn(okJson(JSON.writeValueAsString(Map.of(
                        "publicKey",
                        publicKey(),
                        "issuedAt",
                        Instant.now().toString(),
                        "checkpoints",
                        List.of(checkpoint))))));
    }

    private static String publicKey() {
        return Ed25519Keys.toBase64(PORTAL_KEY.getPublic());
    }
}
