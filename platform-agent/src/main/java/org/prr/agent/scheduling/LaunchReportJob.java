package org.prr.agent.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import org.prr.agent.AgentSettings;
import org.prr.agent.metrics.ReportRuns;
import org.prr.model.MetricFamily;
import org.prr.model.Period;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Fired by Quartz: reports the family named in the job data for the day before, in the jurisdiction's time zone. */
@DisallowConcurrentExecution
class LaunchReportJob extends QuartzJobBean {

    static final String FAMILY = "family";

    private final ReportRuns runs;
    private final AgentSettings settings;
    private final Clock clock;

    LaunchReportJob(ReportRuns runs, AgentSettings settings, Clock clock) {
        this.runs = runs;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        MetricFamily family = MetricFamily.valueOf(context.getMergedJobDataMap().getString(FAMILY));
        LocalDate yesterday = LocalDate.now(clock.withZone(settings.schedule().timeZone())).minusDays(1);
        runs.run(family, Period.day(yesterday));
    }
}
