package org.prr.portal.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.prr.portal.jdbc.UtcColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The ledger's tables in plain SQL: the append path runs for every report, and Hibernate cost more there than the
 * work itself (docs/benchmarks.md). Times are stored as UTC date-times with microseconds.
 */
@Repository
class LedgerStore {

    /** The last link of a platform's chain. */
    record Head(String platformId, long lastSeq, String lastHash) {}

    private static final String COLUMNS = "platform_id, seq, entry_type, recorded_at, report_id, payload_hash, "
            + "prev_hash, entry_hash, payload, key_id, signed_timestamp, signature";

    private static final RowMapper<Entry> ENTRY = (row, n) -> new Entry(
            row.getString("platform_id"),
            row.getLong("seq"),
            EntryType.valueOf(row.getString("entry_type")),
            UtcColumns.instant(row, "recorded_at"),
            row.getString("report_id") == null ? null : UUID.fromString(row.getString("report_id")),
            row.getString("payload_hash"),
            row.getString("prev_hash"),
            row.getString("entry_hash"),
            row.getString("payload"),
            row.getString("key_id") == null
                    ? null
                    : new NewEntry.PlatformSignature(
                            row.getString("key_id"), row.getLong("signed_timestamp"), row.getString("signature")));

    private static final RowMapper<Head> HEAD =
            (row, n) -> new Head(row.getString("platform_id"), row.getLong("last_seq"), row.getString("last_hash"));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    LedgerStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    void openChain(String platformId) {
        jdbc.update(
                "INSERT INTO ledger_head (platform_id, last_seq, last_hash) VALUES (?, 0, ?)",
                platformId,
                ChainHashes.GENESIS);
    }

    /** SELECT ... FOR UPDATE: the caller holds the platform's chain until its transaction ends. */
    Optional<Head> lockHead(String platformId) {
        return jdbc.query("SELECT * FROM ledger_head WHERE platform_id = ? FOR UPDATE", HEAD, platformId).stream()
                .findFirst();
    }

    Optional<Head> head(String platformId) {
        return jdbc.query("SELECT * FROM ledger_head WHERE platform_id = ?", HEAD, platformId).stream()
                .findFirst();
    }

    List<Head> heads(Collection<String> platformIds) {
        return platformIds.isEmpty()
                ? List.of()
                : named.query(
                        "SELECT * FROM ledger_head WHERE platform_id IN (:ids)", Map.of("ids", platformIds), HEAD);
    }

    void append(Entry entry, Head head) {
        NewEntry.PlatformSignature signature = entry.signature();
        jdbc.update(
                "INSERT INTO ledger_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.platformId(),
                entry.seq(),
                entry.type().name(),
                UtcColumns.toColumn(entry.recordedAt()),
                entry.reportId() == null ? null : entry.reportId().toString(),
                entry.payloadHash(),
                entry.prevHash(),
                entry.entryHash(),
                entry.payload(),
                signature == null ? null : signature.keyId(),
                signature == null ? null : signature.timestamp(),
                signature == null ? null : signature.signature());
        int moved = jdbc.update(
                "UPDATE ledger_head SET last_seq = ?, last_hash = ? WHERE platform_id = ? " + "AND last_seq = ?",
                entry.seq(),
                entry.entryHash(),
                entry.platformId(),
                head.lastSeq());
        if (moved != 1) {
            throw new IllegalStateException("the chain head of " + entry.platformId() + " moved during an append");
        }
    }

    /**
     * A locking read: it sees the latest committed entry even inside a REPEATABLE READ transaction whose snapshot
     * is older, as when an append waited for the chain head behind another append of the same document.
     */
    Optional<Entry> findByReportIdForUpdate(UUID reportId) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM ledger_entry WHERE report_id = ? FOR UPDATE",
                        ENTRY,
                        reportId.toString())
                .stream()
                .findFirst();
    }

    Optional<Entry> findByReportId(UUID reportId) {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM ledger_entry WHERE report_id = ?", ENTRY, reportId.toString())
                .stream()
                .findFirst();
    }

    Optional<Entry> findBySeq(String platformId, long seq) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM ledger_entry WHERE platform_id = ? AND seq = ?",
                        ENTRY,
                        platformId,
                        seq)
                .stream()
                .findFirst();
    }

    /** Entries after {@code afterSeq}, oldest first. */
    List<Entry> after(String platformId, long afterSeq, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM ledger_entry WHERE platform_id = ? AND seq > ? ORDER BY seq " + "LIMIT ?",
                ENTRY,
                platformId,
                afterSeq,
                limit);
    }

    /** Entries before {@code selection.beforeSeq()} that match it, newest first. */
    List<Entry> newestFirst(String platformId, Ledger.Selection selection) {
        StringBuilder sql = new StringBuilder(
                "SELECT " + COLUMNS + " FROM ledger_entry WHERE platform_id = :platformId AND seq < :beforeSeq");
        MapSqlParameterSource args = new MapSqlParameterSource("platformId", platformId)
                .addValue("beforeSeq", selection.beforeSeq())
                .addValue("limit", selection.limit());
        if (!selection.types().isEmpty()) {
            sql.append(" AND entry_type IN (:types)");
            args.addValue("types", selection.types().stream().map(Enum::name).toList());
        }
        if (selection.from() != null) {
            sql.append(" AND recorded_at >= :from");
            args.addValue("from", UtcColumns.toColumn(selection.from()));
        }
        if (selection.to() != null) {
            sql.append(" AND recorded_at < :to");
            args.addValue("to", UtcColumns.toColumn(selection.to()));
        }
        if (selection.containing() != null) {
            sql.append(" AND payload LIKE :containing ESCAPE '!'");
            args.addValue("containing", "%" + selection.containing().replaceAll("[!%_]", "!$0") + "%");
        }
        return named.query(sql.append(" ORDER BY seq DESC LIMIT :limit").toString(), args, ENTRY);
    }
}
