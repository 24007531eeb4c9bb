package org.prr.model.ledger;

import java.time.Instant;

/**
 * A chain head the portal signed: {@code signature} is its Ed25519 signature (base64) of the canonical JSON of
 * {@link #signed()}, which the portal's public key verifies without the portal.
 */
public record Checkpoint(String platformId, long seq, String entryHash, Instant issuedAt, String signature) {

    /** What is signed: these four fields, nothing else. */
    public record Signed(String platformId, long seq, String entryHash, Instant issuedAt) {}

    public Signed signed() {
        return new Signed(platformId, seq, entryHash, issuedAt);
    }
}
