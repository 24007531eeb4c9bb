package org.prr.portal.gap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.prr.portal.flag.GapRule;
import org.prr.portal.jdbc.UtcColumns;

/**
 * One SQL statement per rule over every platform at once. Each reads the CTE {@code s}: the platforms in scope with
 * the rule's settings for each ({@link RuleScope}), and answers one row per cause with the columns platform_id,
 * severity, family, period_start, period_end and measure, plus the figures its detail names. {@code :from} is the
 * first period end the evaluation looks at, {@code :now} the evaluation's time (UTC), and {@code :since} (UTC) the
 * start of the recent slice in which MISSING looks for periods that fell due and LATE for reports that came late.
 */
final class RuleQueries {

    /** A rule's statement, how its row reads to staff, and whether its cause can go away. */
    record Definition(String sql, Detail detail, boolean trend, boolean resolvesItself) {}

    @FunctionalInterface
    interface Detail {
        String of(ResultSet row) throws SQLException;
    }

    /** Each platform's effective obligations: its own rule for a family, else its tier's; reads the CTE {@code s}. */
    static final String OBLIGATIONS =
            """
            ob AS (
              SELECT p.platform_id, p.registered_at, o.family, o.cadence, o.grace_hours
              FROM s JOIN platform p ON p.platform_id = s.platform_id
              JOIN obligation_rule o ON o.scope = 'PLATFORM' AND o.scope_key = p.platform_id
              UNION ALL
              SELECT p.platform_id, p.registered_at, o.family, o.cadence, o.grace_hours
              FROM s JOIN platform p ON p.platform_id = s.platform_id
              JOIN obligation_rule o ON o.scope = 'TIER' AND o.scope_key = p.tier
              WHERE NOT EXISTS (SELECT 1 FROM obligation_rule x
                                WHERE x.scope = 'PLATFORM' AND x.scope_key = p.platform_id AND x.family = o.family))
            """;

    /** The periods owed and ended past their grace, with when each was due (the annual report's rule). */
    private static final String OWED =
            """
            SELECT s.platform_id, s.severity, ob.family, rp.period_start, rp.period_end, NULL AS measure,
                   TIMESTAMPADD(HOUR, ob.grace_hours, rp.ends_at) AS due_at
            FROM s JOIN ob ON ob.platform_id = s.platform_id
            JOIN reporting_period rp ON rp.cadence = ob.cadence
            WHERE rp.period_end >= :from AND ob.registered_at < rp.next_ends_at
              AND TIMESTAMPADD(HOUR, ob.grace_hours, rp.ends_at) < :now
            """;

    /**
     * MISSING reads the periods that fell due since {@code :since}, and the periods of the MISSING flags not resolved:
     * a period that fell due earlier without a report was flagged then, and the flag's own period tells whether its
     * report came since. Reading every owed period of the window instead cost one index lookup per platform, family
     * and day (1.8 million for 10,000 key platforms, 7.5 s on MariaDB here). The calendar's recent periods are a
     * DISTINCT derived table so that MariaDB computes them once instead of reading every day of the calendar for each
     * obligation.
     */
    private static final String MISSING =
            """
            SELECT s.platform_id, s.severity, ob.family, rp.period_start, rp.period_end, NULL AS measure,
                   TIMESTAMPADD(HOUR, ob.grace_hours, rp.ends_at) AS due_at
            FROM s JOIN ob ON ob.platform_id = s.platform_id
            JOIN (SELECT DISTINCT r.cadence, r.period_start, r.period_end, r.ends_at, r.next_ends_at
                  FROM reporting_period r
                  JOIN (SELECT cadence, MAX(grace_hours) AS grace FROM obligation_rule GROUP BY cadence) g
                    ON g.cadence = r.cadence AND TIMESTAMPADD(HOUR, g.grace, r.ends_at) >= :since) rp
              ON rp.cadence = ob.cadence
            WHERE ob.family <> 'ANNUAL' AND rp.period_end >= :from AND ob.registered_at < rp.next_ends_at
              AND TIMESTAMPADD(HOUR, ob.grace_hours, rp.ends_at) >= :since
              AND TIMESTAMPADD(HOUR, ob.grace_hours, rp.ends_at) < :now
            %1$s
            UNION ALL
            SELECT s.platform_id, s.severity, ob.family, rp.period_start, rp.period_end, NULL AS measure,
                   TIMESTAMPADD(HOUR, ob.grace_hours, rp.ends_at) AS due_at
            FROM flag f JOIN s ON s.platform_id = f.platform_id
            JOIN ob ON ob.platform_id = f.platform_id AND ob.family = f.family
            JOIN reporting_period rp ON rp.cadence = ob.cadence AND rp.period_start = f.period_start
              AND rp.period_end = f.period_end
            WHERE f.rule = 'MISSING' AND f.state <> 'RESOLVED' AND rp.period_end >= :from
              AND ob.registered_at < rp.next_ends_at AND TIMESTAMPADD(HOUR, ob.grace_hours, rp.ends_at) < :since
            %1$s
            """;

    /**
     * LATE reads the first versions accepted since {@code :since} that may be late: due is at least 10 hours (the
     * earliest time zone's midnight) plus the shortest grace after the period's last day, so a report accepted before
     * that is on time whatever its obligation. The report versions are a DISTINCT derived table so that MariaDB reads
     * them by {@code ix_report_version_recorded} first instead of every report of every platform.
     */
    private static final String LATE =
            """
            SELECT s.platform_id, s.severity, ob.family, rp.period_start, rp.period_end, NULL AS measure,
                   TIMESTAMPADD(HOUR, ob.grace_hours, rp.ends_at) AS due_at, v.recorded_at
            FROM (SELECT DISTINCT platform_id, family, period_start, period_end, recorded_at FROM report_version
                  WHERE recorded_at >= :since AND version = 1
                    AND recorded_at > TIMESTAMPADD(HOUR, 10 + (SELECT MIN(grace_hours) FROM obligation_rule),
                                                   period_end)) v
            JOIN s ON s.platform_id = v.platform_id
            JOIN ob ON ob.platform_id = v.platform_id AND ob.family = v.family
            JOIN reporting_period rp ON rp.cadence = ob.cadence AND rp.period_start = v.period_start
              AND rp.period_end = v.period_end
            WHERE rp.period_end >= :from AND ob.registered_at < rp.next_ends_at
              AND v.recorded_at > TIMESTAMPADD(HOUR, ob.grace_hours, rp.ends_at)
            """;

    static final String NOT_FILED =
            """
              AND NOT EXISTS (SELECT 1 FROM report_version v WHERE v.platform_id = ob.platform_id
                              AND v.family = ob.family AND v.period_start = rp.period_start
                              AND v.period_end = rp.period_end)
            """;

    /**
     * The CTE {@code run}: for each platform in {@code s}, the last {@code periods + extra} calendar periods of the
     * family's cadence (its obligation's), counted back from the latest period it filed (rn 1), with the rule's
     * settings. Each period's start is computed from the latest one's, and each rule joins the figures on it by primary
     * key, so a period not filed leaves a gap in the run, and the cost is a few rows per platform however long its
     * history is. {@code la} is grouped so that it is computed once per platform before the periods are counted back:
     * merged into {@code run}, MariaDB worked out every platform's settings once for each of the numbers in
     * {@code back} (0 to 63: a rule counts back at most 61 periods).
     */
    private static String lastPeriods(String family, int extra) {
        return OBLIGATIONS
                + """
                , eight AS (SELECT 0 AS i UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3
                            UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7),
                back AS (SELECT ones.i + 8 * eights.i AS i FROM eight ones CROSS JOIN eight eights),
                la AS (
                  SELECT s.platform_id, s.severity, s.threshold, s.periods, s.periods + %2$d AS span, ob.cadence,
                         MAX((SELECT f.period_start FROM report_figures f
                              WHERE f.platform_id = s.platform_id AND f.family = '%1$s'
                              ORDER BY f.period_start DESC LIMIT 1)) AS latest
                  FROM s JOIN ob ON ob.platform_id = s.platform_id AND ob.family = '%1$s'
                  GROUP BY s.platform_id, s.severity, s.threshold, s.periods, ob.cadence),
                run AS (
                  SELECT la.platform_id, la.severity, la.threshold, la.periods, back.i + 1 AS rn,
                         CAST(CASE la.cadence
                           WHEN 'DAY' THEN TIMESTAMPADD(DAY, -back.i, la.latest)
                           WHEN 'WEEK' THEN TIMESTAMPADD(DAY, -7 * back.i, la.latest)
                           WHEN 'MONTH' THEN TIMESTAMPADD(MONTH, -back.i, la.latest)
                           WHEN 'QUARTER' THEN TIMESTAMPADD(MONTH, -3 * back.i, la.latest)
                           ELSE TIMESTAMPADD(YEAR, -back.i, la.latest) END AS DATE) AS period_start
                  FROM la JOIN back ON back.i < la.span)
                """
                        .formatted(family, extra);
    }

    /** A run's periods with both COMPLAINTS and TAKEDOWNS figures, as x. */
    private static final String PAIRS =
            """
            , x AS (
              SELECT r.platform_id, r.severity, r.periods, r.rn, r.period_start, c.period_end,
                     c.complaints_received AS complaints, t.items_actioned AS actioned
              FROM run r
              JOIN report_figures c ON c.platform_id = r.platform_id AND c.family = 'COMPLAINTS'
                AND c.period_start = r.period_start
              JOIN report_figures t ON t.platform_id = r.platform_id AND t.family = 'TAKEDOWNS'
                AND t.period_start = r.period_start AND t.period_end = c.period_end
              WHERE c.complaints_received IS NOT NULL AND t.items_actioned IS NOT NULL)
            """;

    /** A run's periods with the family's figure {@code column} filed, as x.v. */
    private static String figure(String family, String column) {
        return """
                , x AS (
                  SELECT r.platform_id, r.severity, r.threshold, r.periods, r.rn, r.period_start, f.period_end,
                         f.%2$s AS v
                  FROM run r JOIN report_figures f ON f.platform_id = r.platform_id AND f.family = '%1$s'
                    AND f.period_start = r.period_start
                  WHERE f.%2$s IS NOT NULL)
                """
                .formatted(family, column);
    }

    private static final Map<GapRule, Definition> DEFINITIONS = new EnumMap<>(GapRule.class);

    static {
        DEFINITIONS.put(
                GapRule.MISSING,
                new Definition(
                        "WITH s AS ({settings}), " + OBLIGATIONS + MISSING.formatted(NOT_FILED),
                        row -> "not filed; due " + instant(row, "due_at"),
                        false,
                        true));
        DEFINITIONS.put(
                GapRule.ANNUAL_MISSING,
                new Definition(
                        "WITH s AS ({settings}), " + OBLIGATIONS + OWED + " AND ob.family = 'ANNUAL'" + NOT_FILED,
                        row -> "annual report not filed; due " + instant(row, "due_at"),
                        false,
                        true));
        DEFINITIONS.put(
                GapRule.LATE,
                new Definition(
                        "WITH s AS ({settings}), " + OBLIGATIONS + LATE,
                        row -> "filed " + hours(Duration.between(instant(row, "due_at"), instant(row, "recorded_at")))
                                + " after it was due (" + instant(row, "due_at") + ")",
                        false,
                        false));
        DEFINITIONS.put(
                GapRule.AGENT_SILENT,
                new Definition(
                        """
                        WITH s AS ({settings})
                        SELECT s.platform_id, s.severity, NULL AS family, NULL AS period_start, NULL AS period_end,
                               NULL AS measure, p.last_contact_at, p.registered_at, s.threshold
                        FROM s JOIN platform p ON p.platform_id = s.platform_id
                        WHERE TIMESTAMPADD(MINUTE, CAST(s.threshold * 60 AS INTEGER),
                                           COALESCE(p.last_contact_at, p.registered_at)) < :now
                        """,
                        row -> row.getObject("last_contact_at") == null
                                ? "the agent has not called since registration (" + instant(row, "registered_at")
                                        + "); limit " + number(row, "threshold") + " h"
                                : "no call from the agent since " + instant(row, "last_contact_at") + "; limit "
                                        + number(row, "threshold") + " h",
                        false,
                        true));
        DEFINITIONS.put(
                GapRule.UNDERSTAFFED,
                new Definition(
                        """
                        WITH s AS ({settings})
                        SELECT s.platform_id, s.severity, f.family, f.period_start, f.period_end,
                               'per-dau' AS measure, f.reviewers_fte * 100000 / f.daily_active_users AS ratio,
                               s.threshold AS minimum, ' reviewers per 100,000 daily active users' AS unit
                        FROM s JOIN report_figures f ON f.platform_id = s.platform_id
                        WHERE f.family = 'STAFFING' AND f.period_end >= :from AND f.daily_active_users > 0
                          AND f.reviewers_fte * 100000 < s.threshold * f.daily_active_users
                        UNION ALL
                        SELECT s.platform_id, s.severity, f.family, f.period_start, f.period_end,
                               'per-items' AS measure, f.reviewers_fte * 10000 / f.content_items_per_day,
                               s.second_threshold, ' reviewers per 10,000 items a day'
                        FROM s JOIN report_figures f ON f.platform_id = s.platform_id
                        WHERE f.family = 'STAFFING' AND f.period_end >= :from AND f.content_items_per_day > 0
                          AND s.second_threshold IS NOT NULL
                          AND f.reviewers_fte * 10000 < s.second_threshold * f.content_items_per_day
                        """,
                        row -> number(row, "ratio") + row.getString("unit").stripTrailing() + ", below "
                                + number(row, "minimum"),
                        false,
                        true));
        DEFINITIONS.put(
                GapRule.STAFF_DECLINE,
                new Definition(
                        "WITH s AS ({settings}), " + lastPeriods("STAFFING", 1)
                                + figure("STAFFING", "reviewers_headcount")
                                + """
                                SELECT * FROM (
                                  SELECT platform_id, severity, 'STAFFING' AS family,
                                         MAX(CASE WHEN rn = 1 THEN period_start END) AS period_start,
                                         MAX(CASE WHEN rn = 1 THEN period_end END) AS period_end, NULL AS measure,
                                         MAX(CASE WHEN rn = periods + 1 THEN v END) AS before_count,
                                         MAX(CASE WHEN rn = 1 THEN v END) AS now_count, periods, threshold
                                  FROM x WHERE rn = 1 OR rn = periods + 1
                                  GROUP BY platform_id, severity, periods, threshold) g
                                WHERE g.period_end >= :from AND g.before_count > 0
                                  AND g.before_count - g.now_count > g.threshold * g.before_count
                                """,
                        row -> "reviewers down from " + row.getLong("before_count") + " to " + row.getLong("now_count")
                                + " over " + row.getInt("periods") + " periods to " + period(row) + ", more than "
                                + percent(row.getBigDecimal("threshold")),
                        true,
                        true));
        DEFINITIONS.put(GapRule.SLA_SHARE_LOW, shareBelow("handled_within_sla", "handled within the SLA"));
        DEFINITIONS.put(GapRule.FEEDBACK_LOW, shareBelow("feedback_given", "told the outcome"));
        DEFINITIONS.put(
                GapRule.BACKLOG_GROWING,
                new Definition(
                        "WITH s AS ({settings}), " + lastPeriods("COMPLAINTS", 1)
                                + figure("COMPLAINTS", "backlog_at_end")
                                + """
                                , grew AS (
                                  SELECT x.*, LEAD(v) OVER (PARTITION BY platform_id ORDER BY rn) AS older,
                                         LEAD(rn) OVER (PARTITION BY platform_id ORDER BY rn) AS older_rn
                                  FROM x)
                                SELECT * FROM (
                                  SELECT platform_id, severity, 'COMPLAINTS' AS family,
                                         MAX(CASE WHEN rn = 1 THEN period_start END) AS period_start,
                                         MAX(CASE WHEN rn = 1 THEN period_end END) AS period_end, NULL AS measure,
                                         MAX(CASE WHEN rn = 1 THEN v END) AS backlog, periods, COUNT(*) AS n
                                  FROM grew WHERE rn <= periods AND older_rn = rn + 1 AND v > older
                                  GROUP BY platform_id, severity, periods) g
                                WHERE g.n = g.periods AND g.period_end >= :from
                                """,
                        row -> "complaint backlog grew " + row.getInt("periods") + " periods in a row, to "
                                + row.getLong("backlog") + " at the end of " + period(row),
                        true,
                        true));
        DEFINITIONS.put(
                GapRule.TAKEDOWNS_INCONSISTENT,
                new Definition(
                        "WITH s AS ({settings}), " + lastPeriods("COMPLAINTS", 1) + PAIRS
                                + """
                                SELECT * FROM (
                                  SELECT platform_id, severity, 'TAKEDOWNS' AS family,
                                         MAX(CASE WHEN rn = 1 THEN period_start END) AS period_start,
                                         MAX(CASE WHEN rn = 1 THEN period_end END) AS period_end, NULL AS measure,
                                         periods, MAX(CASE WHEN rn = periods + 1 THEN complaints END) AS complaints_before,
                                         MAX(CASE WHEN rn = 1 THEN complaints END) AS complaints_now,
                                         MAX(CASE WHEN rn = periods + 1 THEN actioned END) AS actioned_before,
                                         MAX(CASE WHEN rn = 1 THEN actioned END) AS actioned_now
                                  FROM x WHERE rn = 1 OR rn = periods + 1
                                  GROUP BY platform_id, severity, periods) g
                                WHERE g.period_end >= :from AND g.complaints_now > g.complaints_before
                                  AND g.actioned_now < g.actioned_before
                                """,
                        row -> "over " + row.getInt("periods") + " periods to " + period(row)
                                + " complaints rose from " + row.getLong("complaints_before") + " to "
                                + row.getLong("complaints_now") + " while items actioned fell from "
                                + row.getLong("actioned_before") + " to " + row.getLong("actioned_now"),
                        true,
                        true));
        DEFINITIONS.put(
                GapRule.TAKEDOWNS_ALL_ZERO,
                new Definition(
                        "WITH s AS ({settings}), " + lastPeriods("COMPLAINTS", 0) + PAIRS
                                + """
                                SELECT * FROM (
                                  SELECT platform_id, severity, 'TAKEDOWNS' AS family,
                                         MAX(CASE WHEN rn = 1 THEN period_start END) AS period_start,
                                         MAX(CASE WHEN rn = 1 THEN period_end END) AS period_end, NULL AS measure,
                                         SUM(complaints) AS complaints, periods, COUNT(*) AS n
                                  FROM x WHERE complaints > 0 AND actioned = 0
                                  GROUP BY platform_id, severity, periods) g
                                WHERE g.n = g.periods AND g.period_end >= :from
                                """,
                        row -> "nothing actioned in the last " + row.getInt("periods") + " periods to " + period(row)
                                + " while " + row.getLong("complaints") + " complaints arrived",
                        true,
                        true));
        DEFINITIONS.put(
                GapRule.ANOMALY,
                new Definition(
                        "WITH s AS ({settings}), " + lastPeriods("COMPLAINTS", 1)
                                + figure("COMPLAINTS", "complaints_handled")
                                + """
                                , ranked AS (
                                  SELECT x.*, ROW_NUMBER() OVER (PARTITION BY platform_id, rn = 1 ORDER BY v) AS vr,
                                         SUM(CASE WHEN rn > 1 THEN 1 ELSE 0 END) OVER (PARTITION BY platform_id) AS n
                                  FROM x)
                                SELECT * FROM (
                                  SELECT platform_id, severity, 'COMPLAINTS' AS family,
                                         MAX(CASE WHEN rn = 1 THEN period_start END) AS period_start,
                                         MAX(CASE WHEN rn = 1 THEN period_end END) AS period_end, NULL AS measure,
                                         MAX(CASE WHEN rn = 1 THEN v END) AS handled,
                                         AVG(CASE WHEN rn > 1 AND 2 * vr IN (n, n + 1, n + 2) THEN v * 1.0 END) AS median,
                                         threshold, periods, n
                                  FROM ranked
                                  GROUP BY platform_id, severity, threshold, periods, n) g
                                WHERE g.n = g.periods AND g.handled IS NOT NULL AND g.period_end >= :from
                                  AND g.handled < g.threshold * g.median
                                """,
                        row -> "complaints handled " + row.getLong("handled") + ", below "
                                + percent(row.getBigDecimal("threshold")) + " of the median "
                                + number(row, "median") + " of the periods before",
                        false,
                        false));
        DEFINITIONS.put(
                GapRule.INCIDENT_FOLLOW_UP_OVERDUE,
                new Definition(
                        """
                        WITH s AS ({settings})
                        SELECT s.platform_id, s.severity, NULL AS family, NULL AS period_start, NULL AS period_end,
                               CONCAT('incident/', i.incident_id, '/update-', i.updates + 1) AS measure, i.title,
                               i.severity AS incident_severity, i.last_heard_at,
                               TIMESTAMPADD(MINUTE, c.follow_up_minutes, i.last_heard_at) AS due_at
                        FROM s JOIN incident i ON i.platform_id = s.platform_id
                        JOIN incident_clock c ON c.severity = i.severity
                        WHERE i.status <> 'CLOSED' AND TIMESTAMPADD(MINUTE, c.follow_up_minutes, i.last_heard_at) < :now
                        """,
                        row -> "no follow-up on " + row.getString("incident_severity") + " incident \""
                                + row.getString("title") + "\" since " + instant(row, "last_heard_at")
                                + "; one was due " + instant(row, "due_at"),
                        false,
                        true));
        DEFINITIONS.put(
                GapRule.NOTICE_UNACKNOWLEDGED,
                new Definition(
                        """
                        WITH s AS ({settings})
                        SELECT s.platform_id, s.severity, NULL AS family, NULL AS period_start, NULL AS period_end,
                               CONCAT('notice/', n.notice_id) AS measure, n.title, n.respond_by
                        FROM s JOIN notice_recipient r ON r.platform_id = s.platform_id
                        JOIN notice n ON n.notice_id = r.notice_id
                        WHERE n.respond_by < :now AND r.acknowledged_at IS NULL
                        """,
                        row -> "nobody acknowledged the notice \"" + row.getString("title") + "\"; a response was due "
                                + instant(row, "respond_by"),
                        false,
                        true));
        DEFINITIONS.put(
                GapRule.RECTIFICATION_OVERDUE,
                new Definition(
                        """
                        WITH s AS ({settings})
                        SELECT s.platform_id, s.severity, NULL AS family, NULL AS period_start, NULL AS period_end,
                               CONCAT('rectification/', c.case_id) AS measure, a.decided_on, c.due_at,
                               (SELECT l.kind FROM enforcement_ladder l
                                WHERE NOT EXISTS (SELECT 1 FROM enforcement_action t
                                                  WHERE t.platform_id = c.platform_id AND t.kind = l.kind
                                                    AND t.decided_on >= a.decided_on)
                                ORDER BY l.step LIMIT 1) AS next_step
                        FROM s JOIN rectification_case c ON c.platform_id = s.platform_id
                        JOIN enforcement_action a ON a.action_id = c.case_id
                        WHERE c.state = 'OPEN' AND c.due_at < :now
                        """,
                        row -> "no rectification report on the order of " + row.getObject("decided_on", LocalDate.class)
                                + "; it was due " + instant(row, "due_at")
                                + (row.getString("next_step") == null
                                        ? ""
                                        : "; next step suggested: " + row.getString("next_step")),
                        false,
                        true));
    }

    private RuleQueries() {}

    static Definition of(GapRule rule) {
        return DEFINITIONS.get(rule);
    }

    /** A share of handled complaints below the rule's threshold, period by period. */
    private static Definition shareBelow(String column, String what) {
        return new Definition(
                """
                WITH s AS ({settings})
                SELECT s.platform_id, s.severity, f.family, f.period_start, f.period_end, NULL AS measure,
                       f.%1$s * 1.0 / f.complaints_handled AS share, s.threshold
                FROM s JOIN report_figures f ON f.platform_id = s.platform_id
                WHERE f.family = 'COMPLAINTS' AND f.period_end >= :from AND f.complaints_handled > 0
                  AND f.%1$s < s.threshold * f.complaints_handled
                """
                        .formatted(column),
                row -> percent(row.getBigDecimal("share")) + " of handled complaints " + what + ", below "
                        + percent(row.getBigDecimal("threshold")),
                false,
                true);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return UtcColumns.instant(row, column);
    }

    private static String period(ResultSet row) throws SQLException {
        return row.getObject("period_start") + ".." + row.getObject("period_end");
    }

    private static String number(ResultSet row, String column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        return value.setScale(value.scale() > 2 ? 2 : value.scale(), RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    private static String hours(Duration duration) {
        return duration.toHours() >= 48 ? duration.toDays() + " days" : duration.toHours() + " h";
    }
}
