package org.prr.agent.metrics;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The COMPLAINTS job: one step that streams the period's complaint records, folds them into the section and writes
 * report and outbox row in the step's transaction, which also records the step as complete.
 */
@Configuration
class ComplaintsJobConfiguration {

    static final String JOB_NAME = "complaintsReport";

    @Bean
    Job complaintsReport(JobRepository jobs, Step computeComplaints) {
        return new JobBuilder(JOB_NAME, jobs).start(computeComplaints).build();
    }

    @Bean
    Step computeComplaints(JobRepository jobs, PlatformTransactionManager transactions,
            ComplaintsReportTasklet tasklet) {
        return new StepBuilder("computeComplaints", jobs).tasklet(tasklet, transactions).build();
    }
}
