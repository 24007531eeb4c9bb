package org.prr.portal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prr.model.ReportFixtures;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Signed checkpoints catch what chain verification alone cannot: a consistent rewrite of a whole chain. */
@PortalIntegrationTest
class CheckpointIT {

    @LocalServerPort
    int port;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcTemplate jdbc;

    PortalClient portal;
    TestPlatform rewritten;
    TestPlatform untouched;

    @BeforeEach
    void setUp() {
        portal = new PortalClient(port);
        rewritten = portal.registerNewPlatform("cp", "CN-50");
        untouched = portal.registerNewPlatform("cp", "CN-50");
        for (int i = 0; i < 3; i++) {
            portal.submit(rewritten, ReportFixtures.complaintsReport(rewritten.platformId()));
        }
        portal.submit(untouched, ReportFixtures.complaintsReport(untouched.platformId()));
    }

    private JsonNode checkpointOf(JsonNode export, String platformId) {
        for (JsonNode checkpoint : export.get("checkpoints")) {
            if (checkpoint.get("platformId").asText().equals(platformId)) {
                return checkpoint;
            }
        }
        throw new AssertionError("no checkpoint for " + platformId);
    }

    private JsonNode resultFor(Response verification, String platformId) {
        for (JsonNode result : verification.json()) {
            if (result.get("platformId").asText().equals(platformId)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + platformId);
    }

    /** Rewrites every entry from the first on, with correct hashes throughout, as an insider with SQL could. */
    private void rewriteWholeChain(String platformId) {
        List<Entry> entries = ledger.entries(platformId, 1, 100);
        String prevHash = ChainHashes.GENESIS;
        for (Entry e : entries) {
            String payload = e.seq() == 1 ? e.payload().replace("\"received\":120", "\"received\":12") : e.payload();
            String payloadHash = ChainHashes.payloadHash(payload);
            String entryHash =
                    ChainHashes.entryHash(prevHash, platformId, e.seq(), e.type(), e.recordedAt(), payloadHash);
            jdbc.update(
                    "UPDATE ledger_entry SET payload = ?, payload_hash = ?, prev_hash = ?, entry_hash = ? "
                            + "WHERE platform_id = ? AND seq = ?",
                    payload,
                    payloadHash,
                    prevHash,
                    entryHash,
                    platformId,
                    e.seq());
            prevHash = entryHash;
        }
        jdbc.update("UPDATE ledger_head SET last_hash = ? WHERE platform_id = ?", prevHash, platformId);
    }

    @Test
    void exportsSignedHeadsThatKeepVerifyingUntilTheChainIsRewritten() {
        Response export = portal.asAdmin("GET", "/api/v1/ledger/checkpoints");
        assertThat(export.status()).isEqualTo(200);
        JsonNode checkpoint = checkpointOf(export.json(), rewritten.platformId());
        assertThat(checkpoint.get("seq").asLong()).isEqualTo(3);
        assertThat(export.json().get("publicKey").asText()).isNotBlank();

        Response before = portal.asAdmin(
                "POST", "/api/v1/ledger/checkpoints/verification", export.raw().body());
        assertThat(resultFor(before, rewritten.platformId()).get("valid").asBoolean())
                .isTrue();

        rewriteWholeChain(rewritten.platformId());

        assertThat(ledger.verify(rewritten.platformId()).valid())
                .as("the rewrite is self-consistent")
                .isTrue();
        Response after = portal.asAdmin(
                "POST", "/api/v1/ledger/checkpoints/verification", export.raw().body());
        JsonNode result = resultFor(after, rewritten.platformId());
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("problem").asText()).contains("rewritten");
        assertThat(resultFor(after, untouched.platformId()).get("valid").asBoolean())
                .isTrue();
    }

    @Test
    void refusesACheckpointWhoseContentWasChanged() {
        JsonNode export = portal.asAdmin("GET", "/api/v1/ledger/checkpoints").json();
        ((ObjectNode) checkpointOf(export, rewritten.platformId())).put("seq", 2);

        Response verification = portal.asAdmin("POST", "/api/v1/ledger/checkpoints/verification", export.toString());

        JsonNode result = resultFor(verification, rewritten.platformId());
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("problem").asText()).contains("signature");
    }
}
