package org.prr.agent.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.prr.agent.metrics.ReportRuns;
import org.prr.agent.outbox.Outbox;
import org.prr.agent.settings.AgentSettings;
import org.prr.agent.source.RecordSources;
import org.prr.agent.transport.ObligationsClient;
import org.prr.model.MetricFamily;
import org.prr.model.Period;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientException;

/**
 * Keeps one Quartz trigger per obligation, firing {@code agent.schedule.run-after} after each period ends in the
 * obligation's time zone, and catches up: every period owed and not yet reported, oldest first. The obligations
 * are fetched from the portal at start and every {@code obligations-refresh}; while the portal cannot be asked, the
 * stored ones are used.
 */
@Service
public class ReportingSchedule {

    static final String REPORTS = "reports";
    static final JobKey REFRESH = JobKey.jobKey("refresh-obligations");
    /** How long before its due time ANNUAL stops waiting for missing period reports. */
    static final Duration ANNUAL_FILED_BEFORE_DUE = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(ReportingSchedule.class);

    private final ObligationsClient portal;
    private final ObligationBook book;
    private final RecordSources sources;
    private final ReportRuns runs;
    private final Outbox outbox;
    private final Scheduler scheduler;
    private final AgentSettings.Schedule settings;
    private final Clock clock;

    ReportingSchedule(
            ObligationsClient portal,
            ObligationBook book,
            RecordSources sources,
            ReportRuns runs,
            Outbox outbox,
            Scheduler scheduler,
            AgentSettings settings,
            Clock clock) {
        this.portal = portal;
        this.book = book;
        this.sources = sources;
        this.runs = runs;
        this.outbox = outbox;
        this.scheduler = scheduler;
        this.settings = settings.schedule();
        this.clock = clock;
    }

    /** Fetches the obligations, reschedules, and starts a catch-up of every family. */
    void refresh() throws SchedulerException {
        List<ObligationBook.Owed> owed;
        try {
            owed = book.replaceAll(portal.fetch(), settings.backfillFrom());
            log.info(
                    "Obligations from the portal: {}",
                    owed.stream().map(o -> o.family() + " " + o.cadence()).toList());
        } catch (RestClientException e) {
            owed = book.all();
            log.warn(
                    "Could not fetch obligations from the portal ({}); keeping the {} stored; asking again in {}",
                    e.getMessage(),
                    owed.size(),
                    settings.obligationsRetry());
            scheduler.rescheduleJob(
                    TriggerKey.triggerKey(REFRESH.getName()),
                    refreshTrigger(clock.instant().plus(settings.obligationsRetry()), settings.obligationsRefresh()));
        }
        schedule(owed);
        for (ObligationBook.Owed o : owed) {
            scheduler.triggerJob(JobKey.jobKey(o.family().name(), REPORTS));
        }
    }

    /**
     * The obligations refresh, first at {@code first}. A refresh that could not fire on time (the scheduler started
     * late, as it does when start-up is slow, or the machine slept) fires as soon as it can: with "next with
     * remaining count" a new agent waited for the next hourly refresh before it reported anything.
     */
    static Trigger refreshTrigger(Instant first, Duration interval) {
        return TriggerBuilder.newTrigger()
                .withIdentity(REFRESH.getName())
                .forJob(REFRESH)
                .startAt(Date.from(first))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(interval.toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNowWithExistingCount())
                .build();
    }

    private void schedule(List<ObligationBook.Owed> owed) throws SchedulerException {
        Set<JobKey> stale = new HashSet<>(scheduler.getJobKeys(GroupMatcher.jobGroupEquals(REPORTS)));
        for (ObligationBook.Owed o : owed) {
            JobKey key = JobKey.jobKey(o.family().name(), REPORTS);
            stale.remove(key);
            if (!sources.configured(o.family())) {
                log.error(
                        "The portal expects {} reports every {}, but agent.families.{} is not configured; "
                                + "none will be sent",
                        o.family(),
                        o.cadence(),
                        o.family().name().toLowerCase(Locale.ROOT));
            }
            JobDetail job = JobBuilder.newJob(LaunchReportJob.class)
                    .withIdentity(key)
                    .withDescription(o.family() + " report every " + o.cadence())
                    .usingJobData(LaunchReportJob.FAMILY, o.family().name())
                    .storeDurably()
                    .build();
            Trigger trigger = TriggerBuilder.newTrigger()
                    .withIdentity(o.family().name(), REPORTS)
                    .forJob(key)
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron(o))
                            .inTimeZone(TimeZone.getTimeZone(o.timeZone()))
                            .withMisfireHandlingInstructionDoNothing())
                    .build();
            scheduler.scheduleJob(job, Set.of(trigger), true);
        }
        for (JobKey key : stale) {
            scheduler.deleteJob(key);
        }
    }

    /**
     * After the end of each period of the cadence, plus run-after. ANNUAL an hour later still, so the year's last
     * period reports are there to compile.
     */
    String cron(ObligationBook.Owed o) {
        Duration after = settings.runAfter().plusHours(o.family() == MetricFamily.ANNUAL ? 1 : 0);
        String time = after.toSecondsPart() + " " + after.toMinutesPart() + " " + after.toHoursPart();
        return time
                + switch (o.cadence()) {
                    case DAY -> " * * ?";
                    case WEEK -> " ? * MON";
                    case MONTH -> " 1 * ?";
                    case QUARTER -> " 1 1,4,7,10 ?";
                    case YEAR -> " 1 1 ?";
                };
    }

    /** Every period owed for the family and not reported yet, oldest first; the latest has ended. */
    public List<Period> missing(ObligationBook.Owed o) {
        Set<Period> reported = outbox.reportedPeriods(o.family(), o.cadence(), o.reportingSince());
        return o.endedPeriods(clock).stream().filter(p -> !reported.contains(p)).toList();
    }

    /**
     * Computes every missing period of the family, oldest first. A period that fails stays missing and is tried
     * again at the next catch-up; later periods go on. ANNUAL waits for the year's period reports, but not past
     * {@link #ANNUAL_FILED_BEFORE_DUE} before its due time: then it is filed with what there is, and says so.
     */
    void catchUp(MetricFamily family) {
        ObligationBook.Owed o = book.of(family).orElse(null);
        if (o == null || !sources.configured(family)) {
            return;
        }
        for (Period period : missing(o)) {
            if (family == MetricFamily.ANNUAL && !yearComplete(period) && !dueSoon(o, period)) {
                log.info(
                        "ANNUAL report for {} waits: the year's period reports are not all computed yet; it is "
                                + "filed with what there is from {} on",
                        period.start().getYear(),
                        o.due(period).minus(ANNUAL_FILED_BEFORE_DUE));
                return;
            }
            runs.run(family, period);
        }
    }

    private boolean dueSoon(ObligationBook.Owed o, Period period) {
        return !clock.instant().isBefore(o.due(period).minus(ANNUAL_FILED_BEFORE_DUE));
    }

    private boolean yearComplete(Period year) {
        return book.all().stream()
                .filter(o -> o.family() != MetricFamily.ANNUAL && sources.configured(o.family()))
                .allMatch(o -> missing(o).stream().noneMatch(p -> !p.start().isAfter(year.end())));
    }
}
