package org.prr.portal.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The last link of a platform's chain; locking it serialises that platform's appends. */
@Entity
class LedgerHead {

    @Id
    private String platformId;
    private long lastSeq;
    private String lastHash;

    protected LedgerHead() {
    }

    LedgerHead(String platformId) {
        this.platformId = platformId;
        this.lastSeq = 0;
        this.lastHash = ChainHashes.GENESIS;
    }

    String getPlatformId() {
        return platformId;
    }

    long getLastSeq() {
        return lastSeq;
    }

    String getLastHash() {
        return lastHash;
    }

    void advance(LedgerEntry appended, long seq) {
        this.lastSeq = seq;
        this.lastHash = appended.getEntryHash();
    }
}
