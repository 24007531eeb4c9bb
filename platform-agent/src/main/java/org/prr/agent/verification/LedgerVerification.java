package org.prr.agent.verification;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.prr.agent.settings.AgentSettings;
import org.prr.agent.transport.LedgerClient;
import org.prr.model.Receipt;
import org.prr.model.json.CanonicalJson;
import org.prr.model.ledger.ChainEntry;
import org.prr.model.ledger.ChainLinks;
import org.prr.model.ledger.Checkpoint;
import org.prr.model.ledger.CheckpointExport;
import org.prr.model.signing.Ed25519Keys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/**
 * Checks the receipts the agent holds (reports, incidents and their updates, rectification reports, each delivered
 * with the entry's seq and hash) against the platform's chain as the portal serves it now: every entry recomputes and
 * links to the one before it; the entry at each receipt's seq still has the receipt's hash; the portal's checkpoint
 * of the head, signed now with the key first seen, names the last entry served. So the regulator cannot quietly
 * rewrite or truncate a platform's record, and the platform can prove what it was given. Each check is recorded.
 */
@Component
public class LedgerVerification {

    /** INTACT: everything holds; MISMATCH: the record changed; UNCHECKED: the portal could not be asked. */
    public enum Verdict {
        INTACT,
        MISMATCH,
        UNCHECKED
    }

    public record Outcome(
            Instant checkedAt, Verdict verdict, long entries, long receipts, Long checkpointSeq, String problem) {}

    private static final Logger log = LoggerFactory.getLogger(LedgerVerification.class);
    private static final int PAGE = 1000;
    private static final List<String> DELIVERED_TO = List.of("outbox", "incident_outbox", "rectification_outbox");

    private final LedgerClient portal;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String platformId;

    LedgerVerification(LedgerClient portal, JdbcTemplate jdbc, Clock clock, AgentSettings settings) {
        this.portal = portal;
        this.jdbc = jdbc;
        this.clock = clock;
        this.platformId = settings.platformId();
    }

    /** Checks now, records the outcome and logs a mismatch as an error. */
    public Outcome check() {
        Map<Long, String> receipts = receipts();
        Outcome outcome;
        try {
            outcome = verify(receipts);
        } catch (RestClientException e) {
            outcome = new Outcome(
                    clock.instant(),
                    Verdict.UNCHECKED,
                    0,
                    receipts.size(),
                    null,
                    "the portal could not be asked: " + e.getMessage());
        }
        jdbc.update(
                "INSERT INTO ledger_check (checked_at, verdict, entries, receipts, checkpoint_seq, problem) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                Timestamp.from(outcome.checkedAt()),
                outcome.verdict().name(),
                outcome.entries(),
                outcome.receipts(),
                outcome.checkpointSeq(),
                outcome.problem() == null ? null : abbreviate(outcome.problem()));
        switch (outcome.verdict()) {
            case MISMATCH -> log.error(
                    "LEDGER MISMATCH: the portal's record of {} does not hold what this agent was given: {}",
                    platformId,
                    outcome.problem());
            case UNCHECKED -> log.warn("Ledger not checked: {}", outcome.problem());
            case INTACT -> log.info(
                    "Ledger intact: {} entries recompute, {} receipts found unchanged, checkpoint at seq {}",
                    outcome.entries(),
                    outcome.receipts(),
                    outcome.checkpointSeq());
        }
        return outcome;
    }

    /** The last check's outcome, or null before the first. */
    public Outcome last() {
        return jdbc
                .query(
                        "SELECT * FROM ledger_check ORDER BY id DESC LIMIT 1",
                        (row, n) -> new Outcome(
                                row.getTimestamp("checked_at").toInstant(),
                                Verdict.valueOf(row.getString("verdict")),
                                row.getLong("entries"),
                                row.getLong("receipts"),
                                (Long) row.getObject("checkpoint_seq", Long.class),
                                row.getString("problem")))
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** Whether the last check that reached a verdict (INTACT or MISMATCH) found the record changed. */
    public boolean mismatched() {
        Outcome last = lastVerdict();
        return last != null && last.verdict() == Verdict.MISMATCH;
    }

    /** The last check that reached a verdict, INTACT or MISMATCH; null before any. */
    Outcome lastVerdict() {
        return jdbc
                .query(
                        "SELECT verdict, problem FROM ledger_check WHERE verdict <> ? ORDER BY id DESC LIMIT 1",
                        (row, n) -> new Outcome(
                                null, Verdict.valueOf(row.getString("verdict")), 0, 0, null, row.getString("problem")),
                        Verdict.UNCHECKED.name())
                .stream()
                .findFirst()
                .orElse(null);
    }

    private Outcome verify(Map<Long, String> receipts) {
        Instant now = clock.instant();
        CheckpointExport export = portal.checkpoint();
        String keyProblem = pinned(export.publicKey());
        if (keyProblem != null) {
            return mismatch(now, 0, receipts, null, keyProblem);
        }
        if (export.checkpoints() == null || export.checkpoints().isEmpty()) {
            return receipts.isEmpty()
                    ? new Outcome(now, Verdict.INTACT, 0, 0, null, null)
                    : mismatch(
                            now,
                            0,
                            receipts,
                            null,
                            "the portal shows no chain for " + platformId + ", but this agent holds " + receipts.size()
                                    + " receipts");
        }
        Checkpoint head = export.checkpoints().get(0);
        if (!head.platformId().equals(platformId) || !signedByPortal(head, export.publicKey())) {
            return mismatch(
                    now, 0, receipts, head.seq(), "the checkpoint is not signed by the portal for " + platformId);
        }
        long lastReceipt =
                receipts.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        if (lastReceipt > head.seq()) {
            return mismatch(
                    now,
                    0,
                    receipts,
                    head.seq(),
                    "this agent holds a receipt for entry " + lastReceipt + ", but the portal's chain ends at "
                            + head.seq() + ": entries were removed");
        }
        String prev = ChainLinks.GENESIS;
        long seq = 1;
        while (seq <= head.seq()) {
            List<ChainEntry> page = portal.entries(seq, PAGE);
            if (page.isEmpty()) {
                return mismatch(
                        now,
                        seq - 1,
                        receipts,
                        head.seq(),
                        "entry " + seq + " is missing from the chain " + "the checkpoint names up to " + head.seq());
            }
            for (ChainEntry entry : page) {
                if (seq > head.seq()) {
                    break;
                }
                String problem = ChainLinks.problemWith(entry, seq, prev);
                if (problem != null) {
                    return mismatch(now, seq - 1, receipts, head.seq(), "entry " + seq + ": " + problem);
                }
                String received = receipts.get(seq);
                if (received != null && !received.equals(entry.entryHash())) {
                    return mismatch(
                            now,
                            seq - 1,
                            receipts,
                            head.seq(),
                            "entry " + seq + " has hash "
                                    + entry.entryHash() + ", but the receipt this agent holds says " + received
                                    + ": the entry was rewritten");
                }
                if (seq == head.seq() && !entry.entryHash().equals(head.entryHash())) {
                    return mismatch(
                            now,
                            seq,
                            receipts,
                            head.seq(),
                            "the signed checkpoint names hash " + head.entryHash() + " for entry " + seq
                                    + ", the chain served has " + entry.entryHash());
                }
                prev = entry.entryHash();
                seq++;
            }
        }
        return new Outcome(now, Verdict.INTACT, head.seq(), receipts.size(), head.seq(), null);
    }

    private static Outcome mismatch(
            Instant now, long entries, Map<Long, String> receipts, Long checkpointSeq, String problem) {
        return new Outcome(now, Verdict.MISMATCH, entries, receipts.size(), checkpointSeq, problem);
    }

    /** The entry seq and hash of every receipt the agent holds. */
    private Map<Long, String> receipts() {
        Map<Long, String> receipts = new HashMap<>();
        for (String table : DELIVERED_TO) {
            jdbc.query("SELECT receipt FROM " + table + " WHERE status = 'DELIVERED' AND receipt IS NOT NULL", row -> {
                Receipt receipt = receipt(row.getString("receipt"));
                receipts.put(receipt.ledgerSeq(), receipt.entryHash());
            });
        }
        return receipts;
    }

    private static Receipt receipt(String json) {
        try {
            return CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8), Receipt.class);
        } catch (CanonicalJson.MalformedJson e) {
            throw new IllegalStateException("a receipt the agent stored does not parse: " + e.getMessage(), e);
        }
    }

    /** Pins the portal's key the first time; null when the key is the pinned one, else the problem. */
    private String pinned(String publicKey) {
        List<String> pinned = jdbc.queryForList("SELECT public_key FROM portal_key WHERE id = 1", String.class);
        if (pinned.isEmpty()) {
            jdbc.update(
                    "INSERT INTO portal_key (id, public_key, first_seen_at) VALUES (1, ?, ?)",
                    publicKey,
                    Timestamp.from(clock.instant()));
            return null;
        }
        return pinned.get(0).equals(publicKey)
                ? null
                : "the portal now signs checkpoints with another key (" + publicKey + ") than the one first seen ("
                        + pinned.get(0) + ")";
    }

    private static boolean signedByPortal(Checkpoint checkpoint, String publicKey) {
        try {
            return Ed25519Keys.verify(
                    Ed25519Keys.publicKeyFromBase64(publicKey),
                    CanonicalJson.write(checkpoint.signed()),
                    Base64.getDecoder().decode(checkpoint.signature()));
        } catch (IllegalArgumentException notAKeyOrSignature) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }
}
