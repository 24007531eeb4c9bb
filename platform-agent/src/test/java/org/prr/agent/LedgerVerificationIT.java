package org.prr.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prr.agent.cli.AgentCommands;
import org.prr.agent.outbox.Outbox;
import org.prr.agent.verification.LedgerVerification;
import org.prr.model.ReportFixtures;
import org.prr.model.ledger.ChainLinks;
import org.prr.model.signing.Ed25519Keys;
import org.prr.testing.FreshMariaDbDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A ledger both sides can verify, with the real portal (its jar, on MariaDB): the agent's receipts check out against
 * the chain and the portal's signed checkpoint; then a report's entry is rewritten in the portal's database and the
 * whole chain after it re-hashed (a rewrite that verifies on its own), and the agent finds it: the check says which
 * entry and why, health turns DOWN and {@code verify-ledger} exits with 1.
 */
@SpringBootTest(
        properties = {
            "agent.platform-id=lv-platform",
            "agent.signing.key-id=lv-key-1",
            "agent.signing.generate-if-missing=false",
            "agent.delivery.poll-interval=300ms",
            "agent.ledger-check.start-delay=1h"
        })
@ActiveProfiles("demo")
@ContextConfiguration(initializers = FreshMariaDbDatabase.class)
@DirtiesContext
class LedgerVerificationIT {

    static PortalProcess portal;
    static String portalDatabase;
    static Path key;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    LedgerVerification verification;

    @Autowired
    AgentCommands commands;

    @Autowired
    HealthEndpoint health;

    @BeforeAll
    static void startPortalAndRegisterThePlatform() throws Exception {
        portalDatabase = FreshMariaDbDatabase.create();
        portal = PortalProcess.start(PortalProcess.onMariaDb(portalDatabase));
        KeyPair keys = Ed25519Keys.generate();
        key = Files.createTempDirectory("agent-key").resolve("agent.pem");
        Files.writeString(key, Ed25519Keys.toPem(keys.getPrivate()));
        portal.register("lv-platform", "lv-key-1", keys.getPublic());
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
    void theAgentFindsAReportsEntryRewrittenInThePortalsDatabase() throws Exception {
        transaction.executeWithoutResult(tx -> {
            outbox.enqueue(ReportFixtures.complaintsReport("lv-platform"));
            outbox.enqueue(ReportFixtures.complaintsReport("lv-platform"));
        });
        await("both reports delivered")
                .atMost(Duration.ofSeconds(60))
                .until(() -> outbox.pending(10).isEmpty()
                        && portal.ledger("lv-platform").size() >= 2);

        LedgerVerification.Outcome intact = verification.check();
        assertThat(intact.verdict()).as(intact.problem()).isEqualTo(LedgerVerification.Verdict.INTACT);
        assertThat(intact.receipts()).as("the two reports and the demo's own").isGreaterThanOrEqualTo(2);
        assertThat(intact.checkpointSeq()).isGreaterThanOrEqualTo(2);
        assertThat(health.healthForPath("ledger").getStatus()).isEqualTo(Status.UP);

        long rewritten = rewriteTheFirstReportAndRehashTheChain();

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = commands.run(
                new DefaultApplicationArguments("verify-ledger"),
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("ledger MISMATCH: entry " + rewritten + " has hash", "the entry was rewritten");
        assertThat(verification.last().verdict()).isEqualTo(LedgerVerification.Verdict.MISMATCH);
        assertThat(health.healthForPath("ledger").getStatus()).isEqualTo(Status.DOWN);
        assertThat(portal.get("/api/v1/platforms/lv-platform/ledger/verification")
                        .get("valid")
                        .asBoolean())
                .as("the rewritten chain verifies on its own at the portal")
                .isTrue();
    }

    /**
     * A forger with the database: the first report's payload changed, and every hash from the first entry to the head
     * recomputed, while holding the chain's head as the portal does when it appends.
     *
     * @return the seq of the rewritten entry
     */
    private static long rewriteTheFirstReportAndRehashTheChain() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (Connection db = FreshMariaDbDatabase.connectAsAdministrator(portalDatabase)) {
            db.setAutoCommit(false);
            try (PreparedStatement lock =
                    db.prepareStatement("SELECT last_seq FROM ledger_head WHERE platform_id = ? FOR UPDATE")) {
                lock.setString(1, "lv-platform");
                lock.executeQuery().close();
            }
            long target = 0;
            List<Object[]> entries = new ArrayList<>();
            try (PreparedStatement read = db.prepareStatement(
                    "SELECT seq, entry_type, recorded_at, payload FROM ledger_entry WHERE platform_id = ? ORDER BY seq")) {
                read.setString(1, "lv-platform");
                try (ResultSet row = read.executeQuery()) {
                    while (row.next()) {
                        entries.add(new Object[] {
                            row.getLong("seq"),
                            row.getString("entry_type"),
                            row.getObject("recorded_at", LocalDateTime.class),
                            row.getString("payload")
                        });
                    }
                }
            }
            String prev = ChainLinks.GENESIS;
            for (Object[] e : entries) {
                long seq = (Long) e[0];
                String payload = (String) e[3];
                if (target == 0 && e[1].equals("REPORT_ACCEPTED")) {
                    target = seq;
                    ObjectNode forged = (ObjectNode) json.readTree(payload);
                    forged.put("note", "rewritten");
                    payload = json.writeValueAsString(forged);
                }
                String payloadHash = ChainLinks.payloadHash(payload);
                String entryHash = ChainLinks.entryHash(
                        prev,
                        "lv-platform",
                        seq,
                        (String) e[1],
                        ((LocalDateTime) e[2]).toInstant(ZoneOffset.UTC),
                        payloadHash);
                try (PreparedStatement write =
                        db.prepareStatement("UPDATE ledger_entry SET payload = ?, payload_hash = ?,"
                                + " prev_hash = ?, entry_hash = ? WHERE platform_id = ? AND seq = ?")) {
                    write.setString(1, payload);
                    write.setString(2, payloadHash);
                    write.setString(3, prev);
                    write.setString(4, entryHash);
                    write.setString(5, "lv-platform");
                    write.setLong(6, seq);
                    write.executeUpdate();
                }
                prev = entryHash;
            }
            try (PreparedStatement head =
                    db.prepareStatement("UPDATE ledger_head SET last_hash = ? WHERE platform_id = ?")) {
                head.setString(1, prev);
                head.setString(2, "lv-platform");
                head.executeUpdate();
            }
            db.commit();
            return target;
        }
    }
}
