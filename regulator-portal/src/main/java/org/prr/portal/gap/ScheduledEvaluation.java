package org.prr.portal.gap;

import java.time.Duration;
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

        /**
         * Every instance stores this trigger again when it starts. Its firings fall on multiples of the interval since
         * the epoch, the first at least one interval away, so every instance's copy fires at the same instants. Were
         * each to count from its own start, an instance would still hold the firing it had acquired from the copy it
         * replaced, Quartz's cluster would fire it too (it checks only that the trigger is acquired, not by whom), and
         * from then on each instance would re-acquire its own schedule: two evaluations every interval.
         */
        @Bean
        Trigger scheduledEvaluationTrigger(JobDetail scheduledEvaluationJob, GapSettings settings) {
            return TriggerBuilder.newTrigger()
                    .forJob(scheduledEvaluationJob)
                    .withIdentity("gap-evaluation")
                    .startAt(firstFiring(Instant.now(), settings.evaluateEvery()))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(settings.evaluateEvery().toMillis())
                            .repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
        }

        static Date firstFiring(Instant now, Duration interval) {
            long every = interval.toMillis();
            return new Date((now.toEpochMilli() / every + 2) * every);
        }
    }
}
