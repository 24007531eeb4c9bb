package org.prr.portal.gap;

import java.time.Instant;
import java.util.Date;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Every rule over every platform every {@code portal.gaps.evaluate-every}, as a Quartz job on the clustered JDBC job
 * store: with several portal instances on one database, each firing runs on exactly one of them.
 */
@DisallowConcurrentExecution
class ScheduledEvaluation extends QuartzJobBean {

    private final Evaluation evaluation;

    ScheduledEvaluation(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        evaluation.everyPlatform();
    }

    @Configuration
    static class Schedule {

        @Bean
        JobDetail scheduledEvaluationJob() {
            return JobBuilder.newJob(ScheduledEvaluation.class)
                    .withIdentity("gap-evaluation")
                    .withDescription("every gap rule over every platform")
                    .storeDurably()
                    .requestRecovery()
                    .build();
        }

        /** The first run one interval after start, so a starting instance does not add a run to the others'. */
        @Bean
        Trigger scheduledEvaluationTrigger(JobDetail scheduledEvaluationJob, GapSettings settings) {
            return TriggerBuilder.newTrigger()
                    .forJob(scheduledEvaluationJob)
                    .withIdentity("gap-evaluation")
                    .startAt(Date.from(Instant.now().plus(settings.evaluateEvery())))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(settings.evaluateEvery().toMillis())
                            .repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
        }
    }
}
