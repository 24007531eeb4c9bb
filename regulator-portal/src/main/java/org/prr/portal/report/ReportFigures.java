package org.prr.portal.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.prr.model.ComplaintsSection;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.model.StaffingSection;
import org.prr.model.TakedownsSection;
import org.prr.portal.platform.Tier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code report_figures}: the figures of each period's current report that the gap rules read, typed, so a rule is
 * one SQL statement over every platform. A projection of the ledger, never the record.
 */
@Repository
class ReportFigures {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ReportFigures(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Makes the report its period's figures, replacing those of the version it supersedes. */
    void put(MetricReport report) {
        jdbc.update(
                "DELETE FROM report_figures WHERE platform_id = ? AND family = ? AND period_start = ? AND period_end = ?",
                report.platformId(),
                report.family().name(),
                report.period().start(),
                report.period().end());
        ComplaintsSection c = report.complaints();
        TakedownsSection t = report.takedowns();
        StaffingSection s = report.staffing();
        jdbc.update(
                "INSERT INTO report_figures (platform_id, family, period_start, period_end, report_id, "
                        + "complaints_received, complaints_handled, handled_within_sla, feedback_given, backlog_at_end, "
                        + "items_actioned, reviewers_fte, reviewers_headcount, daily_active_users, content_items_per_day) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                report.platformId(),
                report.family().name(),
                report.period().start(),
                report.period().end(),
                report.reportId().toString(),
                c == null ? null : c.received(),
                c == null ? null : c.handled(),
                c == null ? null : c.handledWithinSla(),
                c == null ? null : c.feedbackGiven(),
                c == null ? null : c.backlogAtEnd(),
                t == null ? null : t.itemsActioned(),
                s == null ? null : s.reviewersFte(),
                s == null ? null : s.reviewersHeadcount(),
                s == null ? null : s.dailyActiveUsers(),
                s == null ? null : s.contentItemsPerDay());
    }

    /** The platform's figures of the periods that started on or after {@code from}, oldest first. */
    List<KeyFigures> of(String platformId, LocalDate from) {
        return jdbc.query(
                "SELECT * FROM report_figures WHERE platform_id = ? AND period_start >= ? ORDER BY period_start, family",
                ReportFigures::keyFigures,
                platformId,
                from);
    }

    /** The figures of one family of every platform of a tier in a jurisdiction, since {@code from}, in no order. */
    List<KeyFigures> ofPeers(String jurisdiction, Tier tier, MetricFamily family, LocalDate from) {
        return jdbc.query(
                "SELECT f.* FROM platform p JOIN report_figures f ON f.platform_id = p.platform_id "
                        + "AND f.family = ? AND f.period_start >= ? WHERE p.jurisdiction = ? AND p.tier = ?",
                ReportFigures::keyFigures,
                family.name(),
                from,
                jurisdiction,
                tier.name());
    }

    /** Each platform's figures of the latest period of each family it reported, by platform. */
    Map<String, List<KeyFigures>> latest(Collection<String> platformIds) {
        Map<String, List<KeyFigures>> latest = new HashMap<>();
        if (platformIds.isEmpty()) {
            return latest;
        }
        named.query(
                "SELECT f.* FROM report_figures f JOIN (SELECT platform_id, family, MAX(period_start) AS period_start "
                        + "FROM report_figures WHERE platform_id IN (:ids) GROUP BY platform_id, family) l "
                        + "ON l.platform_id = f.platform_id AND l.family = f.family AND l.period_start = f.period_start",
                Map.of("ids", platformIds),
                (ResultSet row) -> {
                    latest.computeIfAbsent(row.getString("platform_id"), id -> new ArrayList<>())
                            .add(keyFigures(row, 0));
                });
        return latest;
    }

    private static KeyFigures keyFigures(ResultSet row, int n) throws SQLException {
        return new KeyFigures(
                MetricFamily.valueOf(row.getString("family")),
                row.getObject("period_start", LocalDate.class),
                row.getObject("period_end", LocalDate.class),
                row.getObject("complaints_received", Long.class),
                row.getObject("complaints_handled", Long.class),
                row.getObject("handled_within_sla", Long.class),
                row.getObject("feedback_given", Long.class),
                row.getObject("backlog_at_end", Long.class),
                row.getObject("items_actioned", Long.class),
                row.getBigDecimal("reviewers_fte"),
                row.getObject("daily_active_users", Long.class),
                row.getObject("content_items_per_day", Long.class));
    }

    void deleteAll() {
        jdbc.update("DELETE FROM report_figures");
    }
}
