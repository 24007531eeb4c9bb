package org.prr.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prr.agent.outbox.DeliveryStatus;
import org.prr.agent.outbox.Outbox;
import org.prr.model.signing.Ed25519Keys;
import org.prr.testing.FreshMariaDbDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo agent against the real portal, started from its packaged jar as a separate process: staff register the
 * platform and its key over HTTP; the agent fetches the KEY tier's obligations, and the first report of each family
 * (yesterday's COMPLAINTS and TAKEDOWNS, last month's STAFFING, last year's ANNUAL) must land in the ledger and verify.
 */
@SpringBootTest(
        properties = {
            "agent.platform-id=e2e-platform",
            "agent.signing.key-id=e2e-key-1",
            "agent.signing.generate-if-missing=false",
            "agent.delivery.poll-interval=500ms"
        })
@ActiveProfiles("demo")
@ContextConfiguration(initializers = FreshMariaDbDatabase.class)
class AgentToPortalIT {

    static PortalProcess portal;
    static Path key;

    @Autowired
    Outbox outbox;

    @BeforeAll
    static void startPortalAndRegisterThePlatform() throws Exception {
        portal = PortalProcess.start();
        KeyPair keys = Ed25519Keys.generate();
        key = Files.createTempDirectory("agent-key").resolve("agent.pem");
        Files.writeString(key, Ed25519Keys.toPem(keys.getPrivate()));
        portal.register("e2e-platform", "e2e-key-1", keys.getPublic());
    }

    @DynamicPropertySource
    static void portalAndKey(DynamicPropertyRegistry registry) {
        registry.add("agent.portal.url", () -> portal.url());
        registry.add("agent.signing.private-key-file", () -> key.toString());
        registry.add(
                "agent.families.annual.narrative-file",
                () -> key.getParent().resolve("annual-{year}.yaml").toString());
    }

    @AfterAll
    static void stopPortal() throws InterruptedException {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void theFirstScheduledReportOfEachFamilyLandsInTheLedgerAndTheChainVerifies() {
        LocalDate yesterdayInChongqing =
                LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

        JsonNode ledger = await("a report of each family in the e2e platform's ledger")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> portal.ledger("e2e-platform"), entries -> entries.isArray() && entries.size() >= 4);

        assertThat(ledger).hasSize(4);
        assertThat(ledger)
                .extracting(e -> PortalProcess.payload(e).get("family").asText())
                .containsExactlyInAnyOrder("COMPLAINTS", "TAKEDOWNS", "STAFFING", "ANNUAL");
        JsonNode staffing = PortalProcess.payload(entryOf(ledger, "STAFFING"));
        assertThat(staffing.get("period").get("cadence").asText()).isEqualTo("MONTH");
        assertThat(staffing.get("staffing").get("reviewersHeadcount").asLong()).isPositive();
        assertThat(staffing.get("staffing").get("dailyActiveUsers").asLong()).isGreaterThan(1_000_000);
        assertThat(PortalProcess.payload(entryOf(ledger, "TAKEDOWNS"))
                        .get("takedowns")
                        .get("itemsActioned")
                        .asLong())
                .isPositive();
        assertThat(PortalProcess.payload(entryOf(ledger, "ANNUAL"))
                        .get("annual")
                        .get("narrative")
                        .get("MINORS_PROTECTION")
                        .asText())
                .contains("未成年人模式");
        JsonNode entry = entryOf(ledger, "COMPLAINTS");
        assertThat(entry.get("type").asText()).isEqualTo("REPORT_ACCEPTED");
        assertThat(PortalProcess.payload(entry).get("family").asText()).isEqualTo("COMPLAINTS");
        assertThat(PortalProcess.payload(entry).get("platformId").asText()).isEqualTo("e2e-platform");
        assertThat(PortalProcess.payload(entry).get("period").get("start").asText())
                .isEqualTo(yesterdayInChongqing.toString());
        assertThat(PortalProcess.payload(entry)
                        .get("complaints")
                        .get("received")
                        .asLong())
                .isGreaterThan(1000);

        JsonNode verification = portal.verification("e2e-platform");
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("headHash").asText())
                .isEqualTo(ledger.get(3).get("entryHash").asText());

        UUID reportId = UUID.fromString(entry.get("reportId").asText());
        Outbox.Delivery delivery = await().atMost(Duration.ofSeconds(10))
                .until(() -> outbox.delivery(reportId).orElseThrow(), d -> d.status() == DeliveryStatus.DELIVERED);
        assertThat(delivery.ledgerSeq()).isEqualTo(entry.get("seq").asLong());
        assertThat(delivery.receipt()).contains(entry.get("entryHash").asText());
    }

    private static JsonNode entryOf(JsonNode ledger, String family) {
        for (JsonNode entry : ledger) {
            if (PortalProcess.payload(entry).get("family").asText().equals(family)) {
                return entry;
            }
        }
        throw new AssertionError("no " + family + " report in " + ledger);
    }
}
