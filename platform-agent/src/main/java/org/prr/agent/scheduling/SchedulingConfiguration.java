package org.prr.agent.scheduling;

import java.time.Clock;
import org.prr.agent.settings.AgentSettings;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one fixed job: fetch the obligations a few seconds after start and then every refresh interval. The report
 * triggers are made from the obligations (ReportingSchedule). Nothing runs unless the Quartz scheduler starts, so
 * the command-line tools, which keep it stopped, never report on their own.
 */
@Configuration
class SchedulingConfiguration {

    @Bean
    JobDetail refreshObligations() {
        return JobBuilder.newJob(RefreshObligationsJob.class)
                .withIdentity(ReportingSchedule.REFRESH)
                .withDescription("fetch obligations, reschedule and catch up")
                .storeDurably()
                .build();
    }

    @Bean
    Trigger refreshObligationsTrigger(AgentSettings settings, Clock clock) {
        return ReportingSchedule.refreshTrigger(
                clock.instant().plusSeconds(2), settings.schedule().obligationsRefresh());
    }
}
