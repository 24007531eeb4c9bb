package org.prr.agent.metrics;

import org.prr.model.MetricFamily;
import org.prr.model.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.repository.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.repository.JobRestartException;
import org.springframework.batch.core.JobParametersInvalidException;
import org.springframework.stereotype.Service;

/**
 * Runs the report job of a family for a period. The family and period identify the Spring Batch JobInstance, so a
 * period that was reported once is never reported again, and a failed run is resumed by the next launch.
 */
@Service
public class ReportRuns {

    static final String FAMILY = "family";
    static final String PERIOD_START = "periodStart";
    static final String PERIOD_END = "periodEnd";
    static final String CADENCE = "cadence";

    private static final Logger log = LoggerFactory.getLogger(ReportRuns.class);

    private final JobLauncher launcher;
    private final Job complaintsReport;

    ReportRuns(JobLauncher launcher, Job complaintsReport) {
        this.launcher = launcher;
        this.complaintsReport = complaintsReport;
    }

    /** @return the status of the run, or COMPLETED without running when the period was already reported */
    public BatchStatus run(MetricFamily family, Period period) {
        if (family != MetricFamily.COMPLAINTS) {
            throw new IllegalArgumentException("the agent does not compute " + family + " reports yet");
        }
        JobParameters parameters = new JobParametersBuilder()
                .addString(FAMILY, family.name())
                .addLocalDate(PERIOD_START, period.start())
                .addLocalDate(PERIOD_END, period.end())
                .addString(CADENCE, period.cadence().name())
                .toJobParameters();
        try {
            JobExecution execution = launcher.run(complaintsReport, parameters);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                log.error("{} report for {}..{} failed: {}; the next run of this period resumes it", family,
                        period.start(), period.end(), execution.getAllFailureExceptions());
            }
            return execution.getStatus();
        } catch (JobInstanceAlreadyCompleteException e) {
            log.info("{} report for {}..{} was already computed; not computing it again", family, period.start(),
                    period.end());
            return BatchStatus.COMPLETED;
        } catch (JobExecutionAlreadyRunningException e) {
            log.info("{} report for {}..{} is being computed right now", family, period.start(), period.end());
            return BatchStatus.STARTED;
        } catch (JobRestartException | JobParametersInvalidException e) {
            throw new IllegalStateException("cannot run the " + family + " report for " + period, e);
        }
    }
}
