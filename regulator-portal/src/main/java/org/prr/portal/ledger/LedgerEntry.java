package org.prr.portal.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One link of a platform's chain. Written once; the application never updates or deletes it. */
@Entity
class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String platformId;
    private long seq;
    @Enumerated(EnumType.STRING)
    private EntryType entryType;
    private Instant recordedAt;
    private String payload;
    private String payloadHash;
    private String prevHash;
    private String entryHash;
    private String reportId;
    private String keyId;
    private Long signedTimestamp;
    private String signature;

    protected LedgerEntry() {
    }

    LedgerEntry(NewEntry entry, long seq, Instant recordedAt, String payloadHash, String prevHash) {
        this.platformId = entry.platformId();
        this.seq = seq;
        this.entryType = entry.type();
        this.recordedAt = recordedAt;
        this.payload = entry.payload();
        this.payloadHash = payloadHash;
        this.prevHash = prevHash;
        this.entryHash = ChainHashes.entryHash(prevHash, platformId, seq, entryType, recordedAt, payloadHash);
        this.reportId = entry.reportId() == null ? null : entry.reportId().toString();
        if (entry.signature() != null) {
            this.keyId = entry.signature().keyId();
            this.signedTimestamp = entry.signature().timestamp();
            this.signature = entry.signature().signature();
        }
    }

    Entry view() {
        return new Entry(platformId, seq, entryType, recordedAt, reportId == null ? null : UUID.fromString(reportId),
                payloadHash, prevHash, entryHash, payload,
                keyId == null ? null : new NewEntry.PlatformSignature(keyId, signedTimestamp, signature));
    }

    String getEntryHash() {
        return entryHash;
    }
}
