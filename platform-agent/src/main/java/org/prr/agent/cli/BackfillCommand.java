package org.prr.agent.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import org.prr.agent.metrics.ReportRuns;
import org.prr.agent.scheduling.ObligationBook;
import org.prr.agent.settings.AgentSettings;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.Period;
import org.springframework.stereotype.Component;

/** {@code backfill}: compute every period of a family in a range, oldest first; reported periods stay as they are. */
@Component
class BackfillCommand implements Command {

    private final ReportRuns runs;
    private final ObligationBook obligations;
    private final AgentSettings settings;
    private final Clock clock;

    BackfillCommand(ReportRuns runs, ObligationBook obligations, AgentSettings settings, Clock clock) {
        this.runs = runs;
        this.obligations = obligations;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "backfill";
    }

    @Override
    public int run(CommandOptions options, PrintStream out, PrintStream err) {
        MetricFamily family = options.code(MetricFamily.class, "family");
        LocalDate from = options.date("from");
        LocalDate to = options.date("to");
        ObligationBook.Owed owed = obligations.of(family).orElse(null);
        Cadence cadence = cadence(options, owed, family);
        LocalDate today = LocalDate.now(clock.withZone(
                owed != null ? owed.timeZone() : settings.schedule().timeZone()));
        Period last = Period.containing(to, cadence);
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        if (!last.end().isBefore(today)) {
            throw new IllegalArgumentException("the period " + last.start() + ".." + last.end()
                    + " has not ended yet; it is reported after it ends");
        }
        int failed = 0;
        for (Period p = Period.containing(from, cadence); !p.start().isAfter(last.start()); p = p.next()) {
            ReportRuns.Result result = runs.run(family, p);
            String outcome = result.earlier()
                    ? "reported before, left as it is"
                    : result.completed() ? "computed and queued for delivery" : notComputed(result);
            out.println(family + " " + p.start() + ".." + p.end() + ": " + outcome);
            if (!result.completed()) {
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    /** The cadence given, else the obligation's; without either the command cannot tell its periods. */
    static Cadence cadence(CommandOptions options, ObligationBook.Owed owed, MetricFamily family) {
        if (options.optional("cadence") != null) {
            return options.code(Cadence.class, "cadence");
        }
        if (owed == null) {
            throw new IllegalArgumentException(
                    "--cadence is required: the portal has not told this agent of a " + family + " obligation yet");
        }
        return owed.cadence();
    }

    /** What a run that did not complete means for its period, so an operator knows nothing is lost. */
    static String notComputed(ReportRuns.Result result) {
        return "NOT computed (" + result.status() + ": " + String.join("; ", result.failures()) + "); the period "
                + "stays owed, and the running agent computes it again at its next catch-up (at start and every "
                + "obligations refresh)";
    }
}
