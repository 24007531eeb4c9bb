package org.prr.portal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The chain's hashes and the check verification applies to each entry, on entries built in memory. */
class ChainHashesTests {

    private static final Instant AT = Instant.parse("2026-11-24T01:00:05.123456Z");

    /** A chain of {@code n} entries, linked as {@link Ledger#appendOnce} links them. */
    private static List<Entry> chain(int n) {
        List<Entry> entries = new ArrayList<>();
        String prev = ChainHashes.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            String payload = "{\"n\": " + seq + ", \"name\": \"第" + seq + "\"}";
            Entry e = entry(seq, prev, payload, ChainHashes.payloadHash(payload));
            entries.add(e);
            prev = e.entryHash();
        }
        return entries;
    }

    private static Entry entry(long seq, String prev, String payload, String payloadHash) {
        Instant at = AT.plusSeconds(seq);
        String hash = ChainHashes.entryHash(prev, "cq-video", seq, EntryType.REPORT_ACCEPTED, at, payloadHash);
        return with(seq, prev, payload, payloadHash, hash, at);
    }

    private static Entry with(long seq, String prev, String payload, String payloadHash, String hash, Instant at) {
        return new Entry(
                "cq-video",
                seq,
                EntryType.REPORT_ACCEPTED,
                at,
                UUID.nameUUIDFromBytes(payload.getBytes()),
                payloadHash,
                prev,
                hash,
                payload,
                null);
    }

    private static String firstProblem(List<Entry> entries) {
        String prev = ChainHashes.GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            String problem = ChainHashes.problemWith(entries.get(i), i + 1, prev);
            if (problem != null) {
                return (i + 1) + ": " + problem;
            }
            prev = entries.get(i).entryHash();
        }
        return null;
    }

    @Test
    void anUntouchedChainHolds() {
        assertThat(firstProblem(chain(5))).isNull();
    }

    @Test
    void thePayloadHashIsOverTheCanonicalFormSoWhitespaceAndKeyOrderDoNotMatter() {
        assertThat(ChainHashes.payloadHash("{\"b\":1,\"a\":\"x\"}"))
                .isEqualTo(ChainHashes.payloadHash("{ \"a\" : \"x\",\n \"b\" : 1 }"))
                .isNotEqualTo(ChainHashes.payloadHash("{\"a\":\"x\",\"b\":2}"))
                .hasSize(64)
                .matches("[0-9a-f]+");
    }

    @Test
    void everyLinkOfTheEntryHashCounts() {
        String base = ChainHashes.entryHash(ChainHashes.GENESIS, "p", 1, EntryType.NOTE, AT, "ab");
        assertThat(List.of(
                        ChainHashes.entryHash("1".repeat(64), "p", 1, EntryType.NOTE, AT, "ab"),
                        ChainHashes.entryHash(ChainHashes.GENESIS, "q", 1, EntryType.NOTE, AT, "ab"),
                        ChainHashes.entryHash(ChainHashes.GENESIS, "p", 2, EntryType.NOTE, AT, "ab"),
                        ChainHashes.entryHash(ChainHashes.GENESIS, "p", 1, EntryType.REPORT_ACCEPTED, AT, "ab"),
                        ChainHashes.entryHash(ChainHashes.GENESIS, "p", 1, EntryType.NOTE, AT.plusNanos(1000), "ab"),
                        ChainHashes.entryHash(ChainHashes.GENESIS, "p", 1, EntryType.NOTE, AT, "ac")))
                .doesNotContain(base)
                .doesNotHaveDuplicates();
    }

    @Test
    void anEditedPayloadIsFoundAtItsEntry() {
        List<Entry> entries = chain(4);
        Entry e = entries.get(2);
        entries.set(2, with(e.seq(), e.prevHash(), "{\"n\": 300}", e.payloadHash(), e.entryHash(), e.recordedAt()));
        assertThat(firstProblem(entries)).isEqualTo("3: payload does not match its payloadHash");
    }

    @Test
    void aPayloadRewrittenWithItsHashIsCaughtByTheEntryHash() {
        List<Entry> entries = chain(4);
        Entry e = entries.get(1);
        String forged = "{\"n\": 200}";
        entries.set(
                1, with(e.seq(), e.prevHash(), forged, ChainHashes.payloadHash(forged), e.entryHash(), e.recordedAt()));
        assertThat(firstProblem(entries)).isEqualTo("2: entryHash does not match the entry's contents");
    }

    @Test
    void aRecomputedEntryBreaksTheLinkOfTheNext() {
        List<Entry> entries = chain(4);
        Entry e = entries.get(1);
        String forged = "{\"n\": 200}";
        entries.set(1, entry(e.seq(), e.prevHash(), forged, ChainHashes.payloadHash(forged)));
        assertThat(firstProblem(entries)).isEqualTo("3: prevHash does not link to the entry before it");
    }

    @Test
    void aRemovedEntryIsNamedAsMissing() {
        List<Entry> entries = chain(4);
        entries.remove(1);
        assertThat(firstProblem(entries)).isEqualTo("2: seq 2 is missing");
    }

    @Test
    void aPayloadThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> ChainHashes.payloadHash("not json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ledger payload is not JSON");
    }
}
