package org.prr.agent.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.model.Period;
import org.prr.model.json.CanonicalJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The durable queue between computing a report and delivering it. A report is stored with its outbox row in the
 * caller's transaction, with its canonical JSON fixed there, so a resend is byte for byte the same report.
 */
@Component
public class Outbox extends DeliveryQueue {

    static final String PATH = "/api/v1/reports";

    Outbox(JdbcTemplate jdbc, Clock clock) {
        super(jdbc, clock, "outbox", "report_id");
    }

    @Override
    public String name() {
        return "reports";
    }

    /** A report's delivery state, as status and tests read it. */
    public record Delivery(
            UUID reportId,
            DeliveryStatus status,
            int attempts,
            Integer httpStatus,
            String lastError,
            String problem,
            String receipt,
            Long ledgerSeq) {}

    /** Must run inside the transaction that produced the report, so the two commit or vanish together. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(MetricReport report) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update(
                "INSERT INTO report (report_id, family, period_start, period_end, payload, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                report.reportId().toString(),
                report.family().name(),
                report.period().start(),
                report.period().end(),
                new String(CanonicalJson.write(report), StandardCharsets.UTF_8),
                now);
        jdbc.update(
                "INSERT INTO outbox (report_id, status, attempts, created_at) VALUES (?, ?, 0, ?)",
                report.reportId().toString(),
                DeliveryStatus.PENDING.name(),
                now);
    }

    public Optional<MetricReport> report(UUID reportId) {
        return jdbc
                .query(
                        "SELECT payload FROM report WHERE report_id = ?",
                        (row, n) -> read(row.getString("payload")),
                        reportId.toString())
                .stream()
                .findFirst();
    }

    /**
     * The reports of a family whose periods lie within the given one, as computed, that are delivered or on their
     * way: a dead letter (refused by the portal) or a discarded one is in no ledger, so nothing may count it.
     */
    public List<MetricReport> reports(MetricFamily family, Period within) {
        return jdbc.query(
                "SELECT r.payload FROM report r JOIN outbox o ON o.report_id = r.report_id "
                        + "WHERE r.family = ? AND r.period_start >= ? AND r.period_end <= ? AND o.status IN (?, ?) "
                        + "ORDER BY r.period_start",
                (row, n) -> read(row.getString("payload")),
                family.name(),
                within.start(),
                within.end(),
                DeliveryStatus.PENDING.name(),
                DeliveryStatus.DELIVERED.name());
    }

    /**
     * The periods of the cadence, from the given day on, that already have a report of the family (a discarded
     * dead letter does not count).
     */
    public Set<Period> reportedPeriods(MetricFamily family, Cadence cadence, LocalDate from) {
        return new HashSet<>(jdbc.query(
                "SELECT r.period_start, r.period_end FROM report r JOIN outbox o ON "
                        + "o.report_id = r.report_id WHERE r.family = ? AND r.period_start >= ? AND o.status <> ?",
                (row, n) -> new Period(
                        row.getObject("period_start", LocalDate.class),
                        row.getObject("period_end", LocalDate.class),
                        cadence),
                family.name(),
                from,
                DeliveryStatus.DISCARDED.name()));
    }

    private static MetricReport read(String payload) {
        try {
            return CanonicalJson.parse(payload.getBytes(StandardCharsets.UTF_8), MetricReport.class);
        } catch (CanonicalJson.MalformedJson e) {
            throw new IllegalStateException("a stored report cannot be read back: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Pending> pending(int limit) {
        return jdbc.query(
                "SELECT o.id, o.report_id, r.payload FROM outbox o JOIN report r ON r.report_id = o.report_id "
                        + "WHERE o.status = ? ORDER BY o.id LIMIT ?",
                (row, n) -> new Pending(row.getLong("id"), row.getString("report_id"), PATH, row.getString("payload")),
                DeliveryStatus.PENDING.name(),
                limit);
    }

    /** The report of the family and period most recently discarded, if any: a new computation replaces it. */
    public Optional<UUID> lastDiscarded(MetricFamily family, Period period) {
        return last(family, period, DeliveryStatus.DISCARDED);
    }

    /** The report of the family and period most recently delivered, if any: an amendment supersedes it. */
    public Optional<UUID> lastDelivered(MetricFamily family, Period period) {
        return last(family, period, DeliveryStatus.DELIVERED);
    }

    /** Records why the delivered report {@code amends} is amended; the first reason given stands. */
    public void requestAmendment(UUID amends, String reason) {
        jdbc.update(
                "INSERT INTO amendment (amends, reason, requested_at) SELECT ?, ?, ? FROM (SELECT 1 AS one) x "
                        + "WHERE NOT EXISTS (SELECT 1 FROM amendment WHERE amends = ?)",
                amends.toString(),
                reason,
                Timestamp.from(clock.instant()),
                amends.toString());
    }

    /** Why the delivered report {@code amends} is amended. */
    public String amendmentReason(UUID amends) {
        return jdbc.queryForObject("SELECT reason FROM amendment WHERE amends = ?", String.class, amends.toString());
    }

    private Optional<UUID> last(MetricFamily family, Period period, DeliveryStatus status) {
        return jdbc
                .query(
                        "SELECT r.report_id FROM report r JOIN outbox o ON o.report_id = r.report_id "
                                + "WHERE r.family = ? AND r.period_start = ? AND r.period_end = ? AND o.status = ? "
                                + "ORDER BY o.finished_at DESC, o.id DESC LIMIT 1",
                        (row, n) -> UUID.fromString(row.getString(1)),
                        family.name(),
                        period.start(),
                        period.end(),
                        status.name())
                .stream()
                .findFirst();
    }

    /** A dead letter is set aside so its period can be computed again; the row and its problem are kept. */
    public boolean discard(UUID reportId) {
        return jdbc.update(
                        "UPDATE outbox SET status = ?, finished_at = ? WHERE report_id = ? AND status = ?",
                        DeliveryStatus.DISCARDED.name(),
                        Timestamp.from(clock.instant()),
                        reportId.toString(),
                        DeliveryStatus.DEAD_LETTER.name())
                == 1;
    }

    public Optional<Delivery> delivery(UUID reportId) {
        return jdbc
                .query(
                        "SELECT * FROM outbox WHERE report_id = ?",
                        (row, n) -> new Delivery(
                                UUID.fromString(row.getString("report_id")),
                                DeliveryStatus.valueOf(row.getString("status")),
                                row.getInt("attempts"),
                                (Integer) row.getObject("http_status", Integer.class),
                                row.getString("last_error"),
                                row.getString("problem"),
                                row.getString("receipt"),
                                (Long) row.getObject("ledger_seq", Long.class)),
                        reportId.toString())
                .stream()
                .findFirst();
    }
}
