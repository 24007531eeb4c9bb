package org.prr.agent.metrics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * Which agent process runs a report job, so that a run left STARTED by a process that was killed (kill -9, OOM, power)
 * can be told from one still running in the service or a command beside it. Each run records its process id and the
 * process's start time (a pid alone can be reused); a run whose process is gone is marked FAILED, and Spring Batch
 * then computes the period again from the start.
 */
@Component
class RunOwners implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunOwners.class);
    static final String PID = "agent.pid";
    static final String STARTED = "agent.processStartedAt";

    private final JobRepository jobs;

    RunOwners(JobRepository jobs) {
        this.jobs = jobs;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        ProcessHandle self = ProcessHandle.current();
        execution.getExecutionContext().putLong(PID, self.pid());
        execution
                .getExecutionContext()
                .putString(STARTED, startOf(self).map(Instant::toString).orElse(""));
        jobs.updateExecutionContext(execution);
    }

    /**
     * Marks the run FAILED when the process that started it no longer lives.
     *
     * @return whether it was abandoned (and is now FAILED); false when its process still runs it
     */
    boolean failIfAbandoned(JobExecution execution) {
        if (!execution.isRunning() || ownerAlive(execution.getExecutionContext())) {
            return false;
        }
        String why = "the agent process that computed this (pid "
                + execution.getExecutionContext().get(PID) + ") stopped before it finished";
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
                step.setEndTime(now);
                jobs.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
        execution.setEndTime(now);
        jobs.update(execution);
        log.warn(
                "Run {} of {} was left unfinished: {}; computing it again",
                execution.getId(),
                execution.getJobParameters(),
                why);
        return true;
    }

    private static boolean ownerAlive(ExecutionContext context) {
        if (!context.containsKey(PID)) {
            return false; // recorded before owners were: only a crash leaves such a run STARTED
        }
        String started = context.getString(STARTED, "");
        return ProcessHandle.of(context.getLong(PID))
                .filter(ProcessHandle::isAlive)
                .filter(p -> started.isEmpty()
                        || startOf(p).map(Instant::toString).orElse("").equals(started))
                .isPresent();
    }

    private static Optional<Instant> startOf(ProcessHandle process) {
        return process.info().startInstant();
    }
}
