package org.prr.portal.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.prr.portal.platform.PlatformRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The per-platform, append-only, hash-chained ledger (台账). */
@Service
public class Ledger {

    private static final int VERIFY_PAGE_SIZE = 1000;

    private final LedgerStore store;
    private final Clock clock;

    Ledger(LedgerStore store, Clock clock) {
        this.store = store;
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
    public record Appended(Outcome outcome, Entry entry) {}

    @EventListener
    void open(PlatformRegistered registered) {
        store.openChain(registered.platformId());
    }

    /**
     * Appends an entry to its platform's chain, once per report id. The chain head is locked for the transaction, so
     * one platform's appends are serialised; the existing entry is looked up with a locking read, so an append that
     * waited for the lock sees the entry the previous holder committed, whatever the isolation of the caller's
     * transaction.
     */
    @Transactional
    public Appended appendOnce(NewEntry entry) {
        LedgerStore.Head head = store.lockHead(entry.platformId())
                .orElseThrow(() -> new IllegalStateException("no ledger chain for platform " + entry.platformId()));
        String payloadHash = ChainHashes.payloadHash(entry.payload());
        if (entry.reportId() != null) {
            Optional<Entry> existing = store.findByReportIdForUpdate(entry.reportId());
            if (existing.isPresent()) {
                Entry found = existing.get();
                boolean same = found.platformId().equals(entry.platformId())
                        && found.payloadHash().equals(payloadHash);
                return new Appended(same ? Outcome.REPLAYED : Outcome.CONFLICT, found);
            }
        }
        long seq = head.lastSeq() + 1;
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Entry appended = new Entry(
                entry.platformId(),
                seq,
                entry.type(),
                recordedAt,
                entry.reportId(),
                payloadHash,
                head.lastHash(),
                ChainHashes.entryHash(head.lastHash(), entry.platformId(), seq, entry.type(), recordedAt, payloadHash),
                entry.payload(),
                entry.signature());
        store.append(appended, head);
        return new Appended(Outcome.APPENDED, appended);
    }

    /**
     * What a timeline shows: entries of the given types (any type when empty), recorded from {@code from} (inclusive)
     * to {@code to} (exclusive) when given, whose payload contains {@code containing} when given, with a sequence
     * number below {@code beforeSeq}; at most {@code limit} of them.
     */
    public record Selection(
            Set<EntryType> types, Instant from, Instant to, String containing, long beforeSeq, int limit) {

        public Selection {
            types = Set.copyOf(types);
            if (limit < 1 || limit > 1000) {
                throw new IllegalArgumentException("limit must be 1 to 1000, not " + limit);
            }
        }
    }

    /** The entries the selection names, newest first: a timeline, paged by the last sequence number shown. */
    @Transactional(readOnly = true)
    public List<Entry> newestFirst(String platformId, Selection selection) {
        return store.newestFirst(platformId, selection);
    }

    @Transactional(readOnly = true)
    public Optional<Entry> findByReportId(UUID reportId) {
        return store.findByReportId(reportId);
    }

    /** Entries from {@code fromSeq} on, oldest first. */
    @Transactional(readOnly = true)
    public List<Entry> entries(String platformId, long fromSeq, int limit) {
        return store.after(platformId, fromSeq - 1, limit);
    }

    /**
     * Recomputes the whole chain from its first entry up to the head as it is read first, and names the first entry
     * that does not hold. Entries appended while it runs lie beyond that head and are left for the next verification,
     * so appends never make a sound chain look broken, whatever the isolation level.
     */
    @Transactional(readOnly = true)
    public Verification verify(String platformId) {
        LedgerStore.Head head = store.head(platformId)
                .orElseThrow(() -> new IllegalStateException("no ledger chain for platform " + platformId));
        long expectedSeq = 1;
        String prevHash = ChainHashes.GENESIS;
        List<Entry> page;
        do {
            int size = (int) Math.min(VERIFY_PAGE_SIZE, head.lastSeq() - expectedSeq + 1);
            page = size <= 0 ? List.of() : store.after(platformId, expectedSeq - 1, size);
            for (Entry e : page) {
                String problem = ChainHashes.problemWith(e, expectedSeq, prevHash);
                if (problem != null) {
                    return Verification.broken(platformId, expectedSeq - 1, Math.min(e.seq(), expectedSeq), problem);
                }
                prevHash = e.entryHash();
                expectedSeq++;
            }
        } while (page.size() == VERIFY_PAGE_SIZE);
        long count = expectedSeq - 1;
        if (head.lastSeq() != count || !head.lastHash().equals(prevHash)) {
            return Verification.broken(
                    platformId,
                    count,
                    count + 1,
                    "the chain head records seq " + head.lastSeq() + " but the entries end at seq " + count);
        }
        return Verification.intact(platformId, count, prevHash);
    }
}
