package org.prr.portal.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.prr.portal.platform.PlatformRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The per-platform, append-only, hash-chained ledger (台账). */
@Service
public class Ledger {

    private static final int VERIFY_PAGE_SIZE = 1000;

    private final LedgerEntries entries;
    private final LedgerHeads heads;
    private final Clock clock;

    Ledger(LedgerEntries entries, LedgerHeads heads, Clock clock) {
        this.entries = entries;
        this.heads = heads;
        this.clock = clock;
    }

    public enum Outcome {
        /** A new entry was appended. */
        APPENDED,
        /** An entry with the same report id and the same canonical payload exists; nothing was written. */
        REPLAYED,
        /** An entry with the same report id exists with another payload or platform; nothing was written. */
        CONFLICT
    }

    /** {@code entry} is the new one, or on replay or conflict the one already in the ledger. */
    public record Appended(Outcome outcome, Entry entry) {
    }

    @EventListener
    void open(PlatformRegistered registered) {
        heads.save(new LedgerHead(registered.platformId()));
    }

    /**
     * Appends an entry to its platform's chain, once per report id. The chain head is locked for the transaction, so
     * one platform's appends are serialised; READ_COMMITTED lets an append that waited for the lock see the entry the
     * previous holder committed.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Appended appendOnce(NewEntry entry) {
        LedgerHead head = heads.lock(entry.platformId())
                .orElseThrow(() -> new IllegalStateException("no ledger chain for platform " + entry.platformId()));
        String payloadHash = ChainHashes.payloadHash(entry.payload());
        if (entry.reportId() != null) {
            Optional<Entry> existing = entries.findByReportId(entry.reportId().toString()).map(LedgerEntry::view);
            if (existing.isPresent()) {
                Entry found = existing.get();
                boolean same = found.platformId().equals(entry.platformId()) && found.payloadHash().equals(payloadHash);
                return new Appended(same ? Outcome.REPLAYED : Outcome.CONFLICT, found);
            }
        }
        long seq = head.getLastSeq() + 1;
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LedgerEntry appended = entries.save(new LedgerEntry(entry, seq, recordedAt, payloadHash, head.getLastHash()));
        head.advance(appended, seq);
        return new Appended(Outcome.APPENDED, appended.view());
    }

    @Transactional(readOnly = true)
    public Optional<Entry> findByReportId(UUID reportId) {
        return entries.findByReportId(reportId.toString()).map(LedgerEntry::view);
    }

    /** Entries from {@code fromSeq} on, oldest first. */
    @Transactional(readOnly = true)
    public List<Entry> entries(String platformId, long fromSeq, int limit) {
        return entries.findByPlatformIdAndSeqGreaterThanOrderBySeqAsc(platformId, fromSeq - 1, Limit.of(limit))
                .stream().map(LedgerEntry::view).toList();
    }

    /** Recomputes the whole chain from its first entry and names the first entry that does not hold. */
    @Transactional(readOnly = true)
    public Verification verify(String platformId) {
        LedgerHead head = heads.findById(platformId)
                .orElseThrow(() -> new IllegalStateException("no ledger chain for platform " + platformId));
        long expectedSeq = 1;
        String prevHash = ChainHashes.GENESIS;
        List<LedgerEntry> page;
        do {
            page = entries.findByPlatformIdAndSeqGreaterThanOrderBySeqAsc(platformId, expectedSeq - 1,
                    Limit.of(VERIFY_PAGE_SIZE));
            for (LedgerEntry stored : page) {
                Entry e = stored.view();
                String problem = check(e, expectedSeq, prevHash);
                if (problem != null) {
                    return Verification.broken(platformId, expectedSeq - 1, Math.min(e.seq(), expectedSeq), problem);
                }
                prevHash = e.entryHash();
                expectedSeq++;
            }
        } while (page.size() == VERIFY_PAGE_SIZE);
        long count = expectedSeq - 1;
        if (head.getLastSeq() != count || !head.getLastHash().equals(prevHash)) {
            return Verification.broken(platformId, count, count + 1, "the chain head records seq "
                    + head.getLastSeq() + " but the entries end at seq " + count);
        }
        return Verification.intact(platformId, count, prevHash);
    }

    private static String check(Entry e, long expectedSeq, String prevHash) {
        if (e.seq() != expectedSeq) {
            return "seq " + expectedSeq + " is missing";
        }
        if (!e.prevHash().equals(prevHash)) {
            return "prevHash does not link to the entry before it";
        }
        if (!ChainHashes.payloadHash(e.payload()).equals(e.payloadHash())) {
            return "payload does not match its payloadHash";
        }
        String recomputed = ChainHashes.entryHash(e.prevHash(), e.platformId(), e.seq(), e.type(), e.recordedAt(),
                e.payloadHash());
        if (!recomputed.equals(e.entryHash())) {
            return "entryHash does not match the entry's contents";
        }
        return null;
    }
}
