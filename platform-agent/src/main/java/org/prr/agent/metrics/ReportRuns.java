package org.prr.agent.metrics;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.prr.agent.outbox.Outbox;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.JobParametersInvalidException;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.repository.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.JobRestartException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;

/**
 * Runs the report job of a family for a period. The family and period identify the Spring Batch JobInstance, so a
 * period that was reported once is never reported again, and a failed run is resumed by the next launch. A run
 * left unfinished by a process that was killed is failed first ({@link RunOwners}) and then run again.
 */
@Service
public class ReportRuns {

    private static final Logger log = LoggerFactory.getLogger(ReportRuns.class);

    private final JobLauncher launcher;
    private final Job report;
    private final JobRepository jobs;
    private final RunOwners owners;
    private final Outbox outbox;

    ReportRuns(JobLauncher launcher, Job report, JobRepository jobs, RunOwners owners, Outbox outbox) {
        this.launcher = launcher;
        this.report = report;
        this.jobs = jobs;
        this.owners = owners;
        this.outbox = outbox;
    }

    /**
     * A family and period as the job's identifying parameters; a recomputation also names the discarded report it
     * replaces, and an amendment the delivered report it supersedes (its reason is kept by the outbox), which makes
     * each a job instance of its own.
     */
    record Run(MetricFamily family, Period period, UUID replaces, UUID amends) {

        JobParameters parameters() {
            JobParametersBuilder parameters = new JobParametersBuilder()
                    .addString("family", family.name())
                    .addLocalDate("periodStart", period.start())
                    .addLocalDate("periodEnd", period.end())
                    .addString("cadence", period.cadence().name());
            if (replaces != null) {
                parameters.addString("replaces", replaces.toString());
            }
            if (amends != null) {
                parameters.addString("amends", amends.toString());
            }
            return parameters.toJobParameters();
        }

        static Run of(JobParameters parameters) {
            String amends = parameters.getString("amends");
            return new Run(
                    MetricFamily.valueOf(parameters.getString("family")),
                    new Period(
                            parameters.getLocalDate("periodStart"),
                            parameters.getLocalDate("periodEnd"),
                            Cadence.valueOf(parameters.getString("cadence"))),
                    null,
                    amends == null ? null : UUID.fromString(amends));
        }
    }

    /**
     * How a run ended; {@code failures} say why when it did not complete. {@code earlier} when the period had been
     * reported before and nothing ran.
     */
    public record Result(BatchStatus status, List<String> failures, boolean earlier) {

        public boolean completed() {
            return status == BatchStatus.COMPLETED;
        }
    }

    /**
     * Computes the period's report unless it was computed before. When its last report was discarded as a dead
     * letter, the run replaces that one, as a job instance of its own, so a discarded period is computed again by
     * {@code recompute}, by the next catch-up, or by a backfill, whichever comes first.
     *
     * @return how the run ended, or COMPLETED without running when the period was already reported
     */
    public Result run(MetricFamily family, Period period) {
        return launch(
                new Run(family, period, outbox.lastDiscarded(family, period).orElse(null), null));
    }

    /**
     * Computes the period again from the sources as an amendment of its report last delivered, with the reason; it is
     * queued like any report. Once per delivered report: amend the amendment once it is delivered.
     *
     * @return empty when no report of the period was delivered yet (there is nothing to amend)
     */
    public Optional<Result> amend(MetricFamily family, Period period, String reason) {
        return outbox.lastDelivered(family, period).map(delivered -> {
            outbox.requestAmendment(delivered, reason);
            return launch(new Run(family, period, null, delivered));
        });
    }

    private Result launch(Run run) {
        MetricFamily family = run.family();
        Period period = run.period();
        try {
            JobExecution execution = launcher.run(report, run.parameters());
            List<String> failures = execution.getAllFailureExceptions().stream()
                    .map(Throwable::getMessage)
                    .toList();
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                log.error(
                        "{} report for {}..{} failed: {}; the next run of this period resumes it",
                        family,
                        period.start(),
                        period.end(),
                        String.join("; ", failures));
            }
            return new Result(execution.getStatus(), failures, false);
        } catch (JobInstanceAlreadyCompleteException e) {
            log.debug(
                    "{} report for {}..{} was already computed; not computing it again",
                    family,
                    period.start(),
                    period.end());
            return new Result(BatchStatus.COMPLETED, List.of(), true);
        } catch (JobExecutionAlreadyRunningException e) {
            JobExecution running = jobs.getLastJobExecution(report.getName(), run.parameters());
            if (running != null && owners.failIfAbandoned(running)) {
                return launch(run);
            }
            log.info(
                    "{} report for {}..{} is being computed right now by another agent process",
                    family,
                    period.start(),
                    period.end());
            return new Result(BatchStatus.STARTED, List.of("being computed right now by another agent process"), false);
        } catch (TransientDataAccessException e) {
            log.warn(
                    "{} report for {}..{} could not start ({}); the next catch-up tries again",
                    family,
                    period.start(),
                    period.end(),
                    e.getMostSpecificCause().getMessage());
            return new Result(
                    BatchStatus.FAILED, List.of(e.getMostSpecificCause().getMessage()), false);
        } catch (JobRestartException | JobParametersInvalidException e) {
            throw new IllegalStateException("cannot run the " + family + " report for " + period, e);
        }
    }
}
