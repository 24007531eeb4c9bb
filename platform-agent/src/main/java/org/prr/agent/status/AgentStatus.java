package org.prr.agent.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.prr.agent.outbox.DeliveryStatus;
import org.prr.agent.scheduling.ObligationBook;
import org.prr.agent.scheduling.ReportingSchedule;
import org.prr.agent.settings.AgentSettings;
import org.prr.agent.source.RecordSources;
import org.prr.model.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What an operator needs to know about the agent, read from its database: the outbox (depth, oldest undelivered,
 * dead letters) and each obligation (last delivered report, periods owed). Health, Prometheus metrics and
 * {@code agent status} all show this one snapshot.
 */
@Service
public class AgentStatus {

    /** A dead letter as the operator sees it: its id, what it is ("COMPLAINTS 2026-11-20", "INCIDENT"). */
    public record DeadLetter(String documentId, String what, Integer httpStatus, String problem) {}

    /**
     * An obligation and how it stands: the last period delivered, the periods owed but not yet reported, and the
     * periods past their due time (end plus grace, in the obligation's zone) not delivered yet, reported or not.
     */
    public record ObligationState(
            ObligationBook.Owed obligation,
            boolean configured,
            LocalDate lastDeliveredPeriod,
            Instant lastDeliveredAt,
            List<Period> missing,
            List<Period> overdue) {}

    /** {@code clockSkew}: why the portal refuses the agent's clock, while it does (null otherwise). */
    public record Snapshot(
            long pending,
            Instant oldestPendingSince,
            Duration oldestPendingAge,
            List<DeadLetter> deadLetters,
            List<ObligationState> obligations,
            boolean stuck,
            String clockSkew) {

        public boolean healthy() {
            return !stuck
                    && clockSkew == null
                    && deadLetters.isEmpty()
                    && obligations.stream().allMatch(o -> o.overdue().isEmpty());
        }
    }

    private final JdbcTemplate jdbc;
    private final ObligationBook book;
    private final ReportingSchedule schedule;
    private final RecordSources sources;
    private final Duration stuckAfter;
    private final Clock clock;

    AgentStatus(
            JdbcTemplate jdbc,
            ObligationBook book,
            ReportingSchedule schedule,
            RecordSources sources,
            AgentSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.book = book;
        this.schedule = schedule;
        this.sources = sources;
        this.stuckAfter = settings.delivery().stuckAfter();
        this.clock = clock;
    }

    public Snapshot snapshot() {
        Instant now = clock.instant();
        String pendingRows = "SELECT created_at FROM outbox WHERE status = ? UNION ALL "
                + "SELECT created_at FROM incident_outbox WHERE status = ?";
        long pending = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (" + pendingRows + ") p",
                Long.class,
                DeliveryStatus.PENDING.name(),
                DeliveryStatus.PENDING.name());
        Instant oldest = jdbc
                .queryForList(
                        "SELECT MIN(created_at) FROM (" + pendingRows + ") p",
                        Timestamp.class,
                        DeliveryStatus.PENDING.name(),
                        DeliveryStatus.PENDING.name())
                .stream()
                .filter(Objects::nonNull)
                .map(Timestamp::toInstant)
                .findFirst()
                .orElse(null);
        Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, now);
        List<DeadLetter> dead = new ArrayList<>(jdbc.query(
                "SELECT o.report_id, r.family, r.period_start, "
                        + "o.http_status, o.problem FROM outbox o JOIN report r ON r.report_id = o.report_id WHERE o.status = ? "
                        + "ORDER BY o.id",
                (row, n) -> new DeadLetter(
                        row.getString("report_id"),
                        row.getString("family") + " " + row.getObject("period_start", LocalDate.class),
                        (Integer) row.getObject("http_status", Integer.class),
                        row.getString("problem")),
                DeliveryStatus.DEAD_LETTER.name()));
        dead.addAll(jdbc.query(
                "SELECT document_id, kind, incident_id, http_status, problem FROM incident_outbox "
                        + "WHERE status = ? ORDER BY id",
                (row, n) -> new DeadLetter(
                        row.getString("document_id"),
                        row.getString("kind") + " of incident " + row.getString("incident_id"),
                        (Integer) row.getObject("http_status", Integer.class),
                        row.getString("problem")),
                DeliveryStatus.DEAD_LETTER.name()));
        List<ObligationState> obligations =
                book.all().stream().map(o -> state(o, now)).toList();
        // A waiting document's last answer 401 is a refused clock: any other 401 made it a dead letter.
        String clockSkew = jdbc
                .queryForList(
                        "SELECT last_error FROM outbox WHERE status = ? AND http_status = 401 "
                                + "UNION ALL SELECT last_error FROM incident_outbox WHERE status = ? AND http_status = 401",
                        String.class,
                        DeliveryStatus.PENDING.name(),
                        DeliveryStatus.PENDING.name())
                .stream()
                .findFirst()
                .orElse(null);
        return new Snapshot(pending, oldest, age, dead, obligations, age.compareTo(stuckAfter) > 0, clockSkew);
    }

    private ObligationState state(ObligationBook.Owed o, Instant now) {
        List<Map<String, Object>> last = jdbc.queryForList(
                "SELECT r.period_start, o.finished_at "
                        + "FROM outbox o JOIN report r ON r.report_id = o.report_id WHERE r.family = ? AND o.status = ? "
                        + "ORDER BY r.period_start DESC, o.finished_at DESC LIMIT 1",
                o.family().name(),
                DeliveryStatus.DELIVERED.name());
        LocalDate period = last.isEmpty() ? null : toDate(last.get(0).get("period_start"));
        Instant at = last.isEmpty() ? null : ((Timestamp) last.get(0).get("finished_at")).toInstant();
        return new ObligationState(o, sources.configured(o.family()), period, at, schedule.missing(o), overdue(o, now));
    }

    /** Periods since the obligation began whose due time has passed without a delivered report. */
    private List<Period> overdue(ObligationBook.Owed o, Instant now) {
        Set<LocalDate> delivered = new HashSet<>(jdbc.queryForList(
                "SELECT r.period_start FROM outbox o "
                        + "JOIN report r ON r.report_id = o.report_id WHERE r.family = ? AND r.period_start >= ? "
                        + "AND o.status = ?",
                LocalDate.class,
                o.family().name(),
                o.reportingSince(),
                DeliveryStatus.DELIVERED.name()));
        return o.endedPeriods(clock).stream()
                .filter(p -> o.due(p).isBefore(now) && !delivered.contains(p.start()))
                .toList();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
