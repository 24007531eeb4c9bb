package org.prr.portal.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.portal.jdbc.UtcColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** {@code report_version} in plain SQL, written on the intake's hot path alongside the ledger. */
@Repository
class ReportVersions {

    /** One accepted report of a period; amendments link versions through supersedes / supersededBy. */
    record Version(
            String reportId,
            String platformId,
            MetricFamily family,
            LocalDate periodStart,
            LocalDate periodEnd,
            Cadence cadence,
            int version,
            long ledgerSeq,
            Instant recordedAt,
            String supersedes,
            String supersededBy,
            String amendmentReason) {

        boolean isForSamePeriodAs(MetricReport report) {
            return family == report.family()
                    && periodStart.equals(report.period().start())
                    && periodEnd.equals(report.period().end());
        }

        ReportView view(JsonNode figures) {
            return new ReportView(
                    reportId,
                    family,
                    new ReportView.PeriodView(periodStart, periodEnd, cadence),
                    version,
                    supersededBy == null,
                    ledgerSeq,
                    recordedAt,
                    supersedes,
                    supersededBy,
                    amendmentReason,
                    figures);
        }
    }

    private static final RowMapper<Version> VERSION = (row, n) -> new Version(
            row.getString("report_id"),
            row.getString("platform_id"),
            MetricFamily.valueOf(row.getString("family")),
            row.getObject("period_start", LocalDate.class),
            row.getObject("period_end", LocalDate.class),
            Cadence.valueOf(row.getString("cadence")),
            row.getInt("version"),
            row.getLong("ledger_seq"),
            UtcColumns.instant(row, "recorded_at"),
            row.getString("supersedes"),
            row.getString("superseded_by"),
            row.getString("amendment_reason"));

    private final JdbcTemplate jdbc;

    ReportVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MetricReport report, int version, long ledgerSeq, Instant recordedAt) {
        jdbc.update(
                "INSERT INTO report_version (report_id, platform_id, family, period_start, period_end, cadence, "
                        + "version, ledger_seq, recorded_at, supersedes, amendment_reason) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                report.reportId().toString(),
                report.platformId(),
                report.family().name(),
                report.period().start(),
                report.period().end(),
                report.period().cadence().name(),
                version,
                ledgerSeq,
                UtcColumns.toColumn(recordedAt),
                report.supersedes() == null ? null : report.supersedes().toString(),
                report.amendmentReason());
    }

    void markSuperseded(String reportId, MetricReport by) {
        jdbc.update(
                "UPDATE report_version SET superseded_by = ? WHERE report_id = ?",
                by.reportId().toString(),
                reportId);
    }

    Optional<Version> find(String reportId) {
        return jdbc.query("SELECT * FROM report_version WHERE report_id = ?", VERSION, reportId).stream()
                .findFirst();
    }

    Optional<Version> findCurrent(String platformId, MetricFamily family, LocalDate start, LocalDate end) {
        return jdbc
                .query(
                        "SELECT * FROM report_version WHERE platform_id = ? AND family = ? AND period_start = ? "
                                + "AND period_end = ? AND superseded_by IS NULL",
                        VERSION,
                        platformId,
                        family.name(),
                        start,
                        end)
                .stream()
                .findFirst();
    }

    /** The current version of each period, newest period first; all families when {@code family} is null. */
    List<Version> findCurrent(String platformId, MetricFamily family, int limit) {
        return family == null
                ? jdbc.query(
                        "SELECT * FROM report_version WHERE platform_id = ? AND superseded_by IS NULL "
                                + "ORDER BY period_start DESC, family LIMIT ?",
                        VERSION,
                        platformId,
                        limit)
                : jdbc.query(
                        "SELECT * FROM report_version WHERE platform_id = ? AND family = ? "
                                + "AND superseded_by IS NULL ORDER BY period_start DESC LIMIT ?",
                        VERSION,
                        platformId,
                        family.name(),
                        limit);
    }

    /** The ids of current versions after {@code after}, in id order. */
    List<String> currentReportIds(String after, int limit) {
        return jdbc.queryForList(
                "SELECT report_id FROM report_version WHERE superseded_by IS NULL AND report_id > ? "
                        + "ORDER BY report_id LIMIT ?",
                String.class,
                after,
                limit);
    }

    /**
     * Each reported period of the jurisdiction's platforms (all when {@code jurisdiction} is null) that overlaps
     * {@code from..to}: when it was first accepted and which version is current.
     */
    List<FiledPeriod> filed(
            String jurisdiction, Collection<String> platformIds, LocalDate from, LocalDate to, Cadence cadence) {
        if (platformIds != null && platformIds.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>(List.of(from, to));
        if (jurisdiction != null) {
            arguments.add(jurisdiction);
        }
        if (platformIds != null) {
            arguments.addAll(platformIds);
        }
        if (cadence != null) {
            arguments.add(cadence.name());
        }
        return jdbc.query(
                "SELECT v.platform_id, v.family, v.period_start, v.period_end, MIN(v.recorded_at) AS first_accepted, "
                        + "MAX(v.version) AS current_version, "
                        + "MAX(CASE WHEN v.superseded_by IS NULL THEN v.report_id END) AS current_report "
                        + "FROM report_version v JOIN platform p ON p.platform_id = v.platform_id "
                        + "WHERE v.period_end >= ? AND v.period_start <= ?"
                        + (jurisdiction == null ? "" : " AND p.jurisdiction = ?")
                        + (platformIds == null
                                ? ""
                                : " AND v.platform_id IN ("
                                        + String.join(",", Collections.nCopies(platformIds.size(), "?")) + ")")
                        + (cadence == null ? "" : " AND v.cadence = ?")
                        + " GROUP BY v.platform_id, v.family, v.period_start, v.period_end",
                (row, n) -> new FiledPeriod(
                        row.getString("platform_id"),
                        MetricFamily.valueOf(row.getString("family")),
                        row.getObject("period_start", LocalDate.class),
                        row.getObject("period_end", LocalDate.class),
                        UtcColumns.instant(row, "first_accepted"),
                        row.getString("current_report"),
                        row.getInt("current_version")),
                arguments.toArray());
    }
}
