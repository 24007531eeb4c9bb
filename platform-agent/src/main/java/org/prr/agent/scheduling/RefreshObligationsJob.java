package org.prr.agent.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Fetches the obligations at start and then periodically, and reschedules the report triggers from them. */
@DisallowConcurrentExecution
class RefreshObligationsJob extends QuartzJobBean {

    private final ReportingSchedule schedule;

    RefreshObligationsJob(ReportingSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        try {
            schedule.refresh();
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
    }
}
