package org.prr.agent.scheduling;

import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.prr.agent.AgentSettings;
import org.prr.model.MetricFamily;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily COMPLAINTS report on the configured cron, in the jurisdiction's time zone. */
@Configuration
class ReportingScheduleConfiguration {

    @Bean
    JobDetail dailyComplaintsReport() {
        return JobBuilder.newJob(LaunchReportJob.class)
                .withIdentity("complaints-daily")
                .withDescription("COMPLAINTS report of the previous day")
                .usingJobData(LaunchReportJob.FAMILY, MetricFamily.COMPLAINTS.name())
                .storeDurably()
                .build();
    }

    @Bean
    Trigger dailyComplaintsTrigger(JobDetail dailyComplaintsReport, AgentSettings settings) {
        return TriggerBuilder.newTrigger()
                .forJob(dailyComplaintsReport)
                .withIdentity("complaints-daily-cron")
                .withSchedule(CronScheduleBuilder.cronSchedule(settings.schedule().cron())
                        .inTimeZone(TimeZone.getTimeZone(settings.schedule().timeZone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /** The demo reports the previous day a few seconds after start instead of waiting for the cron. */
    @Bean
    @ConditionalOnProperty(name = "agent.schedule.run-on-startup", havingValue = "true")
    Trigger complaintsOnStartupTrigger(JobDetail dailyComplaintsReport) {
        return TriggerBuilder.newTrigger()
                .forJob(dailyComplaintsReport)
                .withIdentity("complaints-on-startup")
                .startAt(Date.from(Instant.now().plusSeconds(3)))
                .build();
    }
}
