package org.prr.agent.metrics;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.prr.agent.AgentSettings;
import org.prr.agent.outbox.Outbox;
import org.prr.agent.source.ComplaintRecords;
import org.prr.model.Cadence;
import org.prr.model.MetricReport;
import org.prr.model.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

@Component
class ComplaintsReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ComplaintsReportTasklet.class);

    private final ComplaintRecords records;
    private final Outbox outbox;
    private final AgentSettings settings;
    private final Clock clock;
    private final String agentVersion;

    ComplaintsReportTasklet(ComplaintRecords records, Outbox outbox, AgentSettings settings, Clock clock,
            ObjectProvider<BuildProperties> build) {
        this.records = records;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        BuildProperties properties = build.getIfAvailable();
        this.agentVersion = properties == null ? "dev" : properties.getVersion();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        JobParameters parameters = chunk.getStepContext().getStepExecution().getJobParameters();
        Period period = new Period(parameters.getLocalDate(ReportRuns.PERIOD_START),
                parameters.getLocalDate(ReportRuns.PERIOD_END),
                Cadence.valueOf(parameters.getString(ReportRuns.CADENCE)));
        ComplaintsAggregation aggregation = new ComplaintsAggregation(period);
        records.forEachRelevantTo(period.start(), period.end(), record -> {
            aggregation.add(record);
            contribution.incrementReadCount();
        });
        MetricReport report = MetricReport.create(UUID.randomUUID(), settings.platformId(), period,
                OffsetDateTime.now(clock.withZone(settings.schedule().timeZone())).truncatedTo(ChronoUnit.SECONDS), agentVersion,
                aggregation.result());
        outbox.enqueue(report);
        contribution.incrementWriteCount(1);
        log.info("Computed COMPLAINTS report {} for {}..{}: {} received, {} handled; queued for delivery",
                report.reportId(), period.start(), period.end(), report.complaints().received(),
                report.complaints().handled());
        return RepeatStatus.FINISHED;
    }

}
