package org.prr.agent.scheduling;

import org.prr.model.MetricFamily;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Fired by a family's trigger: computes every period of the family that is owed and not reported yet. */
@DisallowConcurrentExecution
class LaunchReportJob extends QuartzJobBean {

    static final String FAMILY = "family";

    private final ReportingSchedule schedule;

    LaunchReportJob(ReportingSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        schedule.catchUp(MetricFamily.valueOf(context.getMergedJobDataMap().getString(FAMILY)));
    }
}
