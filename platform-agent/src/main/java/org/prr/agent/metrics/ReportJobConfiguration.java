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
 * The report job: one step that reads the family's sources for the period, folds them into the section and writes
 * report and outbox row in the step's transaction. Family and period are its identifying parameters.
 */
@Configuration
class ReportJobConfiguration {

    @Bean
    Job report(JobRepository jobs, Step computeReport, RunOwners owners) {
        return new JobBuilder("report", jobs)
                .listener(owners)
                .start(computeReport)
                .build();
    }

    @Bean
    Step computeReport(JobRepository jobs, PlatformTransactionManager transactions, ReportTasklet tasklet) {
        return new StepBuilder("computeReport", jobs)
                .tasklet(tasklet, transactions)
                .build();
    }
}
