package org.prr.agent.metrics;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.prr.agent.outbox.Outbox;
import org.prr.agent.settings.AgentSettings;
import org.prr.model.AnnualSection;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.model.Period;
import org.prr.model.ReportSection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * Computes one family's report for one period and queues it: report and outbox row are written in the step's
 * transaction, which also records the step as complete. A source that fails leaves nothing behind.
 */
@Component
class ReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);
    private static final String ANNUAL_NOTE = "Compiled from the year's period reports; percentile times cannot be "
            + "compiled from period figures and are not given.";

    private final Sections sections;
    private final Outbox outbox;
    private final AgentSettings settings;
    private final Clock clock;
    private final String agentVersion;

    ReportTasklet(
            Sections sections,
            Outbox outbox,
            AgentSettings settings,
            Clock clock,
            ObjectProvider<BuildProperties> build) {
        this.sections = sections;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        BuildProperties properties = build.getIfAvailable();
        this.agentVersion = properties == null ? "dev" : properties.getVersion();
    }

    /** Says which families' totals cover only part of the year, so nobody reads them as the year's. */
    private static String partialCoverage(AnnualSection annual) {
        String partial = annual.coverage().entrySet().stream()
                .filter(e -> !e.getValue().complete())
                .map(e -> e.getKey() + " covers " + e.getValue().periods() + " of the year's "
                        + e.getValue().periodsInYear() + " " + e.getValue().cadence() + " periods ("
                        + e.getValue().first() + ".." + e.getValue().last() + ")")
                .collect(Collectors.joining("; "));
        return partial.isEmpty() ? "" : " Partial totals: " + partial + ".";
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        ReportRuns.Run run =
                ReportRuns.Run.of(chunk.getStepContext().getStepExecution().getJobParameters());
        Period period = run.period();
        LongAdder records = new LongAdder();
        ReportSection section = sections.compute(run.family(), period, records::add);
        OffsetDateTime now = OffsetDateTime.now(
                        clock.withZone(settings.schedule().timeZone()))
                .truncatedTo(ChronoUnit.SECONDS);
        MetricReport report =
                MetricReport.create(UUID.randomUUID(), settings.platformId(), period, now, agentVersion, section);
        if (run.family() == MetricFamily.ANNUAL) {
            report = report.withSourceNote(ANNUAL_NOTE + partialCoverage(report.annual()));
        }
        if (run.amends() != null) {
            report = report.amending(run.amends(), outbox.amendmentReason(run.amends()));
        }
        outbox.enqueue(report);
        contribution.incrementWriteCount(1);
        log.info(
                "Computed {} report {} for {}..{} from {} source records; queued for delivery",
                run.family(),
                report.reportId(),
                period.start(),
                period.end(),
                records.sum());
        return RepeatStatus.FINISHED;
    }
}
