package org.prr.portal.ledger;

import java.time.Instant;
import org.prr.model.ledger.ChainEntry;
import org.prr.model.ledger.ChainLinks;

/** The chain's hashes ({@link ChainLinks}, shared with the platforms' agents) for the portal's own entries. */
final class ChainHashes {

    static final String GENESIS = ChainLinks.GENESIS;

    private ChainHashes() {}

    static String entryHash(
            String prevHash, String platformId, long seq, EntryType type, Instant recordedAt, String payloadHash) {
        return ChainLinks.entryHash(prevHash, platformId, seq, type.name(), recordedAt, payloadHash);
    }

    /** @throws IllegalArgumentException when the payload is not JSON */
    static String payloadHash(String payload) {
        return ChainLinks.payloadHash(payload);
    }

    /** What is wrong with the entry as the {@code expectedSeq}-th after {@code prevHash}; null when it holds. */
    static String problemWith(Entry e, long expectedSeq, String prevHash) {
        return ChainLinks.problemWith(
                new ChainEntry(
                        e.platformId(),
                        e.seq(),
                        e.type().name(),
                        e.recordedAt(),
                        e.payload(),
                        e.payloadHash(),
                        e.prevHash(),
                        e.entryHash()),
                expectedSeq,
                prevHash);
    }
}
