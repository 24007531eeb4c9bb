package org.prr.portal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.prr.portal.PortalIntegrationTest;
import org.prr.portal.platform.PlatformRegistration;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.platform.Tier;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chain on MariaDB: contiguous, linked, and every kind of tampering with the stored rows named by verification.
 * Tampering is done with plain SQL, as someone with database access would.
 */
@PortalIntegrationTest
class LedgerIT {

    @Autowired
    Ledger ledger;

    @Autowired
    PlatformRegistry registry;

    @Autowired
    JdbcTemplate jdbc;

    private String newPlatform() {
        String id = "l-" + UUID.randomUUID().toString().substring(0, 8);
        registry.register(
                StaffPrincipal.system("ledger-test"),
                new PlatformRegistration(id, "Ledger test " + id, "CN-50", Tier.STANDARD, null));
        return id;
    }

    private List<Entry> append(String platformId, int count) {
        List<Entry> appended = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            appended.add(ledger.appendOnce(new NewEntry(
                            platformId, EntryType.NOTE, "{\"note\":\"entry " + i + "\",\"n\":" + i + "}", null, null))
                    .entry());
        }
        return appended;
    }

    @Test
    void appendsAContiguousLinkedChainThatVerifies() {
        String platformId = newPlatform();
        List<Entry> appended = append(platformId, 5);

        assertThat(appended).extracting(Entry::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(appended.get(0).prevHash()).isEqualTo("0".repeat(64));
        for (int i = 1; i < appended.size(); i++) {
            assertThat(appended.get(i).prevHash()).isEqualTo(appended.get(i - 1).entryHash());
        }
        Verification verification = ledger.verify(platformId);
        assertThat(verification.valid()).isTrue();
        assertThat(verification.entries()).isEqualTo(5);
        assertThat(verification.headHash()).isEqualTo(appended.get(4).entryHash());
    }

    @Test
    void timelineIsNewestFirstFilteredByTypeTimeAndTextAndPagedBySeq() {
        String platformId = newPlatform();
        List<Entry> notes = append(platformId, 5);
        Entry flagged = ledger.appendOnce(
                        new NewEntry(platformId, EntryType.GAP_FLAGGED, "{\"flagId\":\"f_1%\",\"n\":5}", null, null))
                .entry();

        assertThat(ledger.newestFirst(platformId, new Ledger.Selection(Set.of(), null, null, null, Long.MAX_VALUE, 3)))
                .extracting(Entry::seq)
                .containsExactly(6L, 5L, 4L);
        assertThat(ledger.newestFirst(platformId, new Ledger.Selection(Set.of(), null, null, null, 4, 3)))
                .extracting(Entry::seq)
                .containsExactly(3L, 2L, 1L);
        assertThat(ledger.newestFirst(
                        platformId, new Ledger.Selection(Set.of(EntryType.NOTE), null, null, null, Long.MAX_VALUE, 10)))
                .hasSize(5)
                .allMatch(e -> e.type() == EntryType.NOTE);
        assertThat(ledger.newestFirst(
                        platformId,
                        new Ledger.Selection(
                                Set.of(), notes.get(2).recordedAt(), flagged.recordedAt(), null, Long.MAX_VALUE, 10)))
                .extracting(Entry::seq)
                .containsExactly(5L, 4L, 3L);
        assertThat(ledger.newestFirst(
                        platformId, new Ledger.Selection(Set.of(), null, null, "f_1%", Long.MAX_VALUE, 10)))
                .containsExactly(flagged);
        assertThat(ledger.newestFirst(
                        platformId, new Ledger.Selection(Set.of(), null, null, "f%1", Long.MAX_VALUE, 10)))
                .as("% and _ in the text are matched as themselves")
                .isEmpty();
    }

    @Test
    void readsBackExactlyWhatItHashed() {
        String platformId = newPlatform();
        Entry appended = append(platformId, 1).get(0);

        Entry stored = ledger.entries(platformId, 1, 10).get(0);

        assertThat(stored).isEqualTo(appended);
    }

    @Test
    void namesAnEntryWhosePayloadWasRewritten() {
        String platformId = newPlatform();
        append(platformId, 4);
        jdbc.update(
                "UPDATE ledger_entry SET payload = '{\"note\":\"rewritten\",\"n\":2}' "
                        + "WHERE platform_id = ? AND seq = 3",
                platformId);

        Verification verification = ledger.verify(platformId);

        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBadSeq()).isEqualTo(3);
        assertThat(verification.entries()).isEqualTo(2);
        assertThat(verification.problem()).contains("payload");
    }

    @Test
    void namesAnEntryWhosePayloadAndHashesWereRewrittenButNotItsSuccessor() {
        String platformId = newPlatform();
        append(platformId, 4);
        String forgedPayload = "{\"note\":\"forged\"}";
        String forgedPayloadHash = ChainHashes.payloadHash(forgedPayload);
        Entry second = ledger.entries(platformId, 2, 1).get(0);
        String forgedEntryHash = ChainHashes.entryHash(
                second.prevHash(), platformId, 2, second.type(), second.recordedAt(), forgedPayloadHash);
        jdbc.update(
                "UPDATE ledger_entry SET payload = ?, payload_hash = ?, entry_hash = ? "
                        + "WHERE platform_id = ? AND seq = 2",
                forgedPayload,
                forgedPayloadHash,
                forgedEntryHash,
                platformId);

        Verification verification = ledger.verify(platformId);

        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBadSeq()).isEqualTo(3);
        assertThat(verification.problem()).contains("prevHash");
    }

    @Test
    void namesAMissingEntry() {
        String platformId = newPlatform();
        append(platformId, 5);
        jdbc.update("DELETE FROM ledger_entry WHERE platform_id = ? AND seq = 2", platformId);

        Verification verification = ledger.verify(platformId);

        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBadSeq()).isEqualTo(2);
        assertThat(verification.problem()).contains("seq 2 is missing");
    }

    @Test
    void detectsATruncatedChain() {
        String platformId = newPlatform();
        append(platformId, 3);
        jdbc.update("DELETE FROM ledger_entry WHERE platform_id = ? AND seq = 3", platformId);

        Verification verification = ledger.verify(platformId);

        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBadSeq()).isEqualTo(3);
        assertThat(verification.problem()).contains("chain head");
    }

    @Test
    void detectsAChangedTimestamp() {
        String platformId = newPlatform();
        append(platformId, 2);
        jdbc.update(
                "UPDATE ledger_entry SET recorded_at = recorded_at - INTERVAL 1 HOUR "
                        + "WHERE platform_id = ? AND seq = 1",
                platformId);

        assertThat(ledger.verify(platformId).firstBadSeq()).isEqualTo(1);
    }

    @Test
    void serialisesConcurrentAppendsToOnePlatform() throws Exception {
        String platformId = newPlatform();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<Entry>>> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                writers.add(() -> append(platformId, 10));
            }
            for (Future<List<Entry>> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        Verification verification = ledger.verify(platformId);
        assertThat(verification.valid()).as(verification.problem()).isTrue();
        assertThat(verification.entries()).isEqualTo(80);
    }

    @Test
    void appendsOncePerReportIdUnderConcurrentDuplicates() throws Exception {
        String platformId = newPlatform();
        UUID reportId = UUID.randomUUID();
        NewEntry entry = new NewEntry(platformId, EntryType.REPORT_ACCEPTED, "{\"r\":1}", reportId, null);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Ledger.Outcome> outcomes = new ArrayList<>();
        try {
            List<Callable<Ledger.Outcome>> duplicates = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                duplicates.add(() -> ledger.appendOnce(entry).outcome());
            }
            for (Future<Ledger.Outcome> done : pool.invokeAll(duplicates)) {
                outcomes.add(done.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(outcomes).containsOnlyOnce(Ledger.Outcome.APPENDED);
        assertThat(outcomes).filteredOn(o -> o == Ledger.Outcome.REPLAYED).hasSize(7);
        assertThat(ledger.verify(platformId).entries()).isEqualTo(1);
    }
}
