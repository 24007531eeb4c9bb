package org.prr.portal.gap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.prr.model.MetricFamily;
import org.prr.model.Notice;
import org.prr.portal.jdbc.UtcColumns;
import org.prr.portal.notice.NoticeBook;
import org.prr.portal.obligation.Obligations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reporting reminders (报送提醒), sent as notices the portal writes itself: when a report not filed yet falls due
 * within one of the {@code reminder_schedule} days (3 and 1), once its period has been over for an hour (an agent that
 * works has filed by then), and when its grace is over and nothing was filed. Each step is sent once per platform,
 * family and period ({@code reporting_reminder}); the reports a run finds for one platform go in one notice of each
 * kind, so a platform that stopped reporting long ago gets one notice, not one per day.
 */
@Component
class ReportingReminders {

    /** A report owed and not filed, and which reminder it is due: days before its due time, or 0 once MISSING. */
    record Owed(
            String platformId, MetricFamily family, LocalDate start, LocalDate end, int daysBefore, Instant dueAt) {}

    private static final Logger log = LoggerFactory.getLogger(ReportingReminders.class);
    private static final int LISTED = 50;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String OWED = "WITH s AS (SELECT platform_id FROM platform), " + RuleQueries.OBLIGATIONS
            + """
            SELECT ob.platform_id, ob.family, rp.period_start, rp.period_end, %s AS days_before,
                   TIMESTAMPADD(HOUR, ob.grace_hours, rp.ends_at) AS due_at
            FROM ob JOIN reporting_period rp ON rp.cadence = ob.cadence
            JOIN (SELECT cadence, MAX(grace_hours) AS grace FROM obligation_rule GROUP BY cadence) recent
              ON recent.cadence = rp.cadence AND TIMESTAMPADD(HOUR, recent.grace + 168, rp.ends_at) >= :now
            %s
            WHERE rp.period_end >= :from AND ob.registered_at < rp.next_ends_at AND %s
            """
            + RuleQueries.NOT_FILED
            + """
              AND NOT EXISTS (SELECT 1 FROM reporting_reminder x WHERE x.platform_id = ob.platform_id
                              AND x.family = ob.family AND x.period_start = rp.period_start
                              AND x.period_end = rp.period_end AND x.days_before = %s)
            ORDER BY ob.platform_id, rp.period_start, ob.family
            """;

    /** Due within a scheduled number of days, the period over for an hour. */
    private static final String DUE_SOON = OWED.formatted(
            "d.days_before",
            "JOIN reminder_schedule d ON TIMESTAMPADD(DAY, -d.days_before, "
                    + "TIMESTAMPADD(HOUR, ob.grace_hours, rp.ends_at)) <= :now",
            "TIMESTAMPADD(HOUR, 1, rp.ends_at) <= :now AND TIMESTAMPADD(HOUR, ob.grace_hours, rp.ends_at) >= :now",
            "d.days_before");

    /**
     * Past the grace period, which ended in the last seven days: older gaps are the MISSING flags' business, and
     * each run reads a few days of periods per platform, not the whole window.
     */
    private static final String MISSING = OWED.formatted(
            "0",
            "",
            "TIMESTAMPADD(HOUR, ob.grace_hours, rp.ends_at) < :now "
                    + "AND TIMESTAMPADD(HOUR, ob.grace_hours + 168, rp.ends_at) >= :now",
            "0");

    private final NamedParameterJdbcTemplate jdbc;
    private final NoticeBook notices;
    private final Obligations obligations;
    private final TransactionTemplate inTransaction;

    ReportingReminders(
            NamedParameterJdbcTemplate jdbc,
            NoticeBook notices,
            Obligations obligations,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.obligations = obligations;
        this.inTransaction = new TransactionTemplate(transactions);
    }

    /** @return how many reminder notices were sent */
    int send(LocalDate from, Instant now) {
        MapSqlParameterSource args = new MapSqlParameterSource("from", from).addValue("now", UtcColumns.toColumn(now));
        int sent = 0;
        for (Map.Entry<String, List<Owed>> platform :
                byPlatform(jdbc.query(DUE_SOON, args, (row, n) -> owed(row))).entrySet()) {
            sent += notify(platform.getKey(), Notice.Kind.REPORT_DUE, platform.getValue());
        }
        for (Map.Entry<String, List<Owed>> platform :
                byPlatform(jdbc.query(MISSING, args, (row, n) -> owed(row))).entrySet()) {
            sent += notify(platform.getKey(), Notice.Kind.REPORT_MISSING, platform.getValue());
        }
        return sent;
    }

    /** One notice for the platform's reports and a row for each, in one transaction; 0 if another run sent it. */
    private int notify(String platformId, Notice.Kind kind, List<Owed> owed) {
        List<Owed> reports = owed.stream()
                .collect(Collectors.toMap(
                        o -> o.family() + "/" + o.start() + ".." + o.end(),
                        o -> o,
                        (a, b) -> a.daysBefore() <= b.daysBefore() ? a : b,
                        LinkedHashMap::new))
                .values()
                .stream()
                .toList();
        Owed first = reports.get(0);
        try {
            inTransaction.executeWithoutResult(tx -> {
                Notice notice = notices.system(
                        platformId,
                        kind,
                        first.family() + "/" + first.start() + ".." + first.end(),
                        kind == Notice.Kind.REPORT_DUE ? Notice.Severity.INFO : Notice.Severity.WARNING,
                        kind == Notice.Kind.REPORT_DUE
                                ? "报送提醒：" + reports.size() + " 项报告即将到期"
                                : "逾期未报：" + reports.size() + " 项报告已超过报送期限",
                        body(kind, reports));
                for (Owed o : owed) {
                    jdbc.update(
                            "INSERT INTO reporting_reminder (platform_id, family, period_start, period_end, "
                                    + "days_before, notice_id) VALUES (:platformId, :family, :start, :end, :days, :noticeId)",
                            new MapSqlParameterSource("platformId", platformId)
                                    .addValue("family", o.family().name())
                                    .addValue("start", o.start())
                                    .addValue("end", o.end())
                                    .addValue("days", o.daysBefore())
                                    .addValue("noticeId", notice.noticeId().toString()));
                }
            });
        } catch (DuplicateKeyException e) {
            return 0;
        }
        log.info("{} reminder to {} for {} report(s), the first {}", kind, platformId, reports.size(), first);
        return 1;
    }

    private String body(Notice.Kind kind, List<Owed> reports) {
        ZoneId zone = obligations.timeZone();
        StringBuilder body = new StringBuilder(
                kind == Notice.Kind.REPORT_DUE ? "以下报告尚未报送，即将到期：\n" : "以下报告已超过报送期限仍未报送，请尽快补报（补报将记为迟报）：\n");
        reports.stream().limit(LISTED).forEach(o -> body.append("- ")
                .append(o.family())
                .append(' ')
                .append(o.start())
                .append(o.start().equals(o.end()) ? "" : " 至 " + o.end())
                .append("，截止 ")
                .append(LOCAL.format(LocalDateTime.ofInstant(o.dueAt(), zone)))
                .append("（")
                .append(zone)
                .append("）\n"));
        if (reports.size() > LISTED) {
            body.append("……另有 ").append(reports.size() - LISTED).append(" 项\n");
        }
        return body.append("请检查报送代理（agent status）。").toString();
    }

    private static Map<String, List<Owed>> byPlatform(List<Owed> owed) {
        return owed.stream().collect(Collectors.groupingBy(Owed::platformId, LinkedHashMap::new, Collectors.toList()));
    }

    private static Owed owed(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Owed(
                row.getString("platform_id"),
                MetricFamily.valueOf(row.getString("family")),
                row.getObject("period_start", LocalDate.class),
                row.getObject("period_end", LocalDate.class),
                row.getInt("days_before"),
                UtcColumns.instant(row, "due_at"));
    }
}
