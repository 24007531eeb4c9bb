package org.prr.model.ledger;

import java.time.Instant;

/**
 * The part of a ledger entry its hash covers, as the portal serves a chain (the entry's other fields are left out):
 * what {@link ChainLinks} recomputes. {@code payload} is the JSON the entry holds, as a string.
 */
public record ChainEntry(
        String platformId,
        long seq,
        String type,
        Instant recordedAt,
        String payload,
        String payloadHash,
        String prevHash,
        String entryHash) {}
