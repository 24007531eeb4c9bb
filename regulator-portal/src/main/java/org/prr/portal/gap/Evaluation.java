package org.prr.portal.gap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.prr.model.MetricFamily;
import org.prr.portal.flag.Cause;
import org.prr.portal.flag.FlagSeverity;
import org.prr.portal.flag.Flags;
import org.prr.portal.flag.GapRule;
import org.prr.portal.jdbc.UtcColumns;
import org.prr.portal.obligation.Obligations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Runs the gap rules: each rule's statement over every platform (or one), then the flags brought in line with what it
 * found. The statements read; only the flags that change are written, one transaction each.
 */
@Service
public class Evaluation {

    /** What one rule found and changed. */
    public record RuleOutcome(GapRule rule, int causes, Flags.Changes changes, Duration took) {}

    /** One evaluation: when, how long, per rule, and how many reporting reminders it sent. */
    public record Run(Instant at, Duration took, List<RuleOutcome> rules, int reminders) {}

    private static final Logger log = LoggerFactory.getLogger(Evaluation.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportingCalendar calendar;
    private final Flags flags;
    private final ReportingReminders reminders;
    private final Obligations obligations;
    private final GapSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;

    Evaluation(
            NamedParameterJdbcTemplate jdbc,
            ReportingCalendar calendar,
            Flags flags,
            ReportingReminders reminders,
            Obligations obligations,
            GapSettings settings,
            Clock clock,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.flags = flags;
        this.reminders = reminders;
        this.obligations = obligations;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    /** Every rule over every platform, then the reporting reminders. */
    public Run everyPlatform() {
        return run(null);
    }

    /** Every rule over one platform, as after one of its reports was accepted. */
    public Run platform(String platformId) {
        return run(platformId);
    }

    private Run run(String platformId) {
        Instant now = clock.instant();
        Timer.Sample sample = Timer.start(meters);
        List<RuleOutcome> outcomes = new ArrayList<>();
        coverCalendar(now);
        Instant since = since(now);
        for (GapRule rule : GapRule.values()) {
            RuleScope scope = platformId == null ? RuleScope.everyPlatform(rule) : RuleScope.platform(rule, platformId);
            LocalDate from = lookFrom(rule, now);
            long started = System.nanoTime();
            List<Cause> causes = causes(scope, from, since, now);
            boolean resolvesItself = RuleQueries.of(rule).resolvesItself();
            Flags.Changes changes =
                    flags.reconcile(rule, platformId, resolvesItself ? from : LocalDate.MAX, resolvesItself, causes);
            outcomes.add(new RuleOutcome(rule, causes.size(), changes, Duration.ofNanos(System.nanoTime() - started)));
        }
        int reminded = 0;
        if (platformId == null) {
            reminded = reminders.send(lookFrom(GapRule.MISSING, now), now);
            jdbc.update(
                    "UPDATE gap_evaluation SET last_started_at = :now WHERE last_started_at IS NULL OR last_started_at < :now",
                    new MapSqlParameterSource("now", UtcColumns.toColumn(now)));
        }
        Duration took = Duration.ofNanos(
                sample.stop(meters.timer("portal.evaluation", "scope", platformId == null ? "all" : "platform")));
        if (platformId == null) {
            log.info(
                    "Evaluated {} gap rules over every platform in {} ms, {} reporting reminder(s) sent: {}",
                    outcomes.size(),
                    took.toMillis(),
                    reminded,
                    outcomes.stream()
                            .filter(o -> o.causes() > 0
                                    || o.changes().opened() + o.changes().resolved() > 0)
                            .map(o -> o.rule() + " " + o.causes() + " (+"
                                    + o.changes().opened() + " -" + o.changes().resolved() + ")")
                            .toList());
        }
        return new Run(now, took, outcomes, reminded);
    }

    /**
     * Where MISSING and LATE start looking: the recent days, or further back to the start of the last evaluation over
     * every platform that finished, so that what fell due while none ran (the portal was stopped) is found; the whole
     * window when none ever finished.
     */
    private Instant since(Instant now) {
        Instant recent = now.minus(settings.recentDays(), ChronoUnit.DAYS);
        List<LocalDateTime> last =
                jdbc.getJdbcTemplate().queryForList("SELECT last_started_at FROM gap_evaluation", LocalDateTime.class);
        if (last.isEmpty() || last.get(0) == null) {
            return lookFrom(GapRule.MISSING, now)
                    .atStartOfDay(ZoneOffset.UTC)
                    .minusDays(1)
                    .toInstant();
        }
        Instant lastStarted = last.get(0).toInstant(ZoneOffset.UTC);
        return lastStarted.isBefore(recent) ? lastStarted : recent;
    }

    /**
     * The causes the rule finds in scope for periods ending on or after {@code from}, MISSING and LATE in what fell
     * due or came in since {@code since}; nothing is written.
     */
    List<Cause> causes(RuleScope scope, LocalDate from, Instant since, Instant now) {
        RuleQueries.Definition definition = RuleQueries.of(scope.rule());
        return jdbc.query(
                definition.sql().replace("{settings}", scope.sql()),
                scope.parameters()
                        .addValue("from", from)
                        .addValue("since", UtcColumns.toColumn(since))
                        .addValue("now", UtcColumns.toColumn(now)),
                (row, n) -> {
                    String family = row.getString("family");
                    boolean periodInSubject = !definition.trend() && family != null;
                    return new Cause(
                            row.getString("platform_id"),
                            family == null ? null : MetricFamily.valueOf(family),
                            periodInSubject ? row.getObject("period_start", LocalDate.class) : null,
                            periodInSubject ? row.getObject("period_end", LocalDate.class) : null,
                            row.getString("measure"),
                            definition.detail().of(row),
                            FlagSeverity.valueOf(row.getString("severity")));
                });
    }

    /** The first period end a rule looks at: the window, or two years for the annual report. */
    LocalDate lookFrom(GapRule rule, Instant now) {
        LocalDate today = today(now);
        return rule == GapRule.ANNUAL_MISSING ? today.minusYears(2) : today.minusDays(settings.windowDays());
    }

    /** The jurisdiction's date at {@code now}. */
    LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, obligations.timeZone());
    }

    void coverCalendar(Instant now) {
        ZoneId zone = obligations.timeZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        calendar.cover(today.minusYears(2), today, zone);
    }
}
