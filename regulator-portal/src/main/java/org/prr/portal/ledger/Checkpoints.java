package org.prr.portal.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.prr.model.json.CanonicalJson;
import org.prr.model.ledger.Checkpoint;
import org.prr.model.ledger.CheckpointExport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed checkpoints of chain heads. Kept outside the database (exported, printed, handed to another authority),
 * they make a rewrite of a whole chain detectable: the rewritten chain may verify on its own, but the entry at a
 * checkpoint's seq no longer has the checkpoint's hash.
 */
@Service
public class Checkpoints {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String platformId, long seq, boolean valid, String problem) {}

    private final LedgerStore store;
    private final Ledger ledger;
    private final Clock clock;
    private final PortalKey key;

    Checkpoints(LedgerStore store, Ledger ledger, Clock clock, PortalKey key) {
        this.store = store;
        this.ledger = ledger;
        this.clock = clock;
        this.key = key;
    }

    /** Checkpoints of the given platforms' chain heads; platforms with an empty chain have none. */
    @Transactional(readOnly = true)
    public CheckpointExport export(List<String> platformIds) {
        Instant now = clock.instant();
        List<Checkpoint> checkpoints = store.heads(platformIds).stream()
                .filter(head -> head.lastSeq() > 0)
                .map(head -> sign(new Checkpoint.Signed(head.platformId(), head.lastSeq(), head.lastHash(), now)))
                .toList();
        return new CheckpointExport(key.publicKeyBase64(), now, checkpoints);
    }

    /** Each checkpoint: is the signature the portal's, does the chain verify, and is its entry still the same? */
    @Transactional(readOnly = true)
    public List<Result> verify(List<Checkpoint> checkpoints) {
        return checkpoints.stream().map(this::verify).toList();
    }

    private Result verify(Checkpoint c) {
        if (!signatureHolds(c)) {
            return new Result(c.platformId(), c.seq(), false, "the signature is not the portal's for this content");
        }
        Verification chain = ledger.verify(c.platformId());
        if (!chain.valid()) {
            return new Result(c.platformId(), c.seq(), false, "the chain is broken at seq " + chain.firstBadSeq());
        }
        return store.findBySeq(c.platformId(), c.seq())
                .map(entry -> entry.entryHash().equals(c.entryHash())
                        ? new Result(c.platformId(), c.seq(), true, null)
                        : new Result(
                                c.platformId(),
                                c.seq(),
                                false,
                                "entry " + c.seq() + " no longer has the checkpoint's hash: the chain was rewritten"))
                .orElseGet(() -> new Result(
                        c.platformId(), c.seq(), false, "entry " + c.seq() + " is gone: the chain was truncated"));
    }

    private Checkpoint sign(Checkpoint.Signed content) {
        return new Checkpoint(
                content.platformId(),
                content.seq(),
                content.entryHash(),
                content.issuedAt(),
                key.sign(CanonicalJson.write(content)));
    }

    private boolean signatureHolds(Checkpoint c) {
        return key.verify(CanonicalJson.write(c.signed()), c.signature());
    }
}
