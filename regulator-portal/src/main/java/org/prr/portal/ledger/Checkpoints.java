package org.prr.portal.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.prr.model.json.CanonicalJson;
import org.prr.model.signing.Ed25519Keys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed checkpoints of chain heads. Kept outside the database (exported, printed, handed to another authority),
 * they make a rewrite of a whole chain detectable: the rewritten chain may verify on its own, but the entry at a
 * checkpoint's seq no longer has the checkpoint's hash.
 */
@Service
public class Checkpoints {

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    /** What is signed: the canonical JSON of these four fields. */
    record Signed(String platformId, long seq, String entryHash, Instant issuedAt) {}

    /** A signed checkpoint as exported. */
    public record Checkpoint(String platformId, long seq, String entryHash, Instant issuedAt, String signature) {
        Signed signed() {
            return new Signed(platformId, seq, entryHash, issuedAt);
        }
    }

    /** An export: the checkpoints and the public key that verifies them. */
    public record Export(String publicKey, Instant issuedAt, List<Checkpoint> checkpoints) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String platformId, long seq, boolean valid, String problem) {}

    private final LedgerStore store;
    private final Ledger ledger;
    private final Clock clock;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    Checkpoints(LedgerStore store, Ledger ledger, Clock clock, CheckpointSettings settings) {
        this.store = store;
        this.ledger = ledger;
        this.clock = clock;
        Ed25519Keys.KeyPairFile key = Ed25519Keys.loadOrGenerate(
                settings.privateKeyFile(), settings.generateIfMissing(), "portal.checkpoints.private-key-file");
        if (key.generated()) {
            log.warn(
                    "Generated a new checkpoint signing key in {}; back it up",
                    key.privateKeyFile().toAbsolutePath());
        }
        this.privateKey = key.privateKey();
        try {
            this.publicKey = Ed25519Keys.publicKeyFromPem(Files.readString(key.publicKeyFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "portal.checkpoints.private-key-file: its public half " + key.publicKeyFile() + " is not readable",
                    e);
        }
    }

    /** Checkpoints of the given platforms' chain heads; platforms with an empty chain have none. */
    @Transactional(readOnly = true)
    public Export export(List<String> platformIds) {
        Instant now = clock.instant();
        List<Checkpoint> checkpoints = store.heads(platformIds).stream()
                .filter(head -> head.lastSeq() > 0)
                .map(head -> sign(new Signed(head.platformId(), head.lastSeq(), head.lastHash(), now)))
                .toList();
        return new Export(Ed25519Keys.toBase64(publicKey), now, checkpoints);
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

    private Checkpoint sign(Signed content) {
        byte[] signature = Ed25519Keys.sign(privateKey, CanonicalJson.write(content));
        return new Checkpoint(
                content.platformId(),
                content.seq(),
                content.entryHash(),
                content.issuedAt(),
                Base64.getEncoder().encodeToString(signature));
    }

    private boolean signatureHolds(Checkpoint c) {
        try {
            return Ed25519Keys.verify(
                    publicKey,
                    CanonicalJson.write(c.signed()),
                    Base64.getDecoder().decode(c.signature()));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
