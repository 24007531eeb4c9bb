package org.prr.agent.cli;

import java.io.PrintStream;
import org.prr.agent.metrics.ReportRuns;
import org.prr.agent.scheduling.ObligationBook;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.Period;
import org.springframework.stereotype.Component;

/**
 * {@code amend}: compute a delivered period again from the sources (after they were corrected) and send it as an
 * amendment of the report delivered, with the reason; the portal keeps both versions.
 */
@Component
class AmendCommand implements Command {

    private final ReportRuns runs;
    private final ObligationBook obligations;

    AmendCommand(ReportRuns runs, ObligationBook obligations) {
        this.runs = runs;
        this.obligations = obligations;
    }

    @Override
    public String name() {
        return "amend";
    }

    @Override
    public int run(CommandOptions options, PrintStream out, PrintStream err) {
        MetricFamily family = options.code(MetricFamily.class, "family");
        String reason = options.required("reason");
        Cadence cadence =
                BackfillCommand.cadence(options, obligations.of(family).orElse(null), family);
        Period period = Period.containing(options.date("period"), cadence);
        String what = family + " " + period.start() + ".." + period.end();
        ReportRuns.Result result = runs.amend(family, period, reason).orElse(null);
        if (result == null) {
            err.println(what + " has no delivered report to amend; 'backfill' computes a period never reported");
            return 2;
        }
        if (result.earlier()) {
            err.println(what + ": its delivered report was amended already and the amendment is not delivered yet;"
                    + " amend again once it is (agent status)");
            return 2;
        }
        out.println(what + ": "
                + (result.completed()
                        ? "computed again from the sources and queued as an amendment of the report delivered"
                        : BackfillCommand.notComputed(result)));
        return result.completed() ? 0 : 1;
    }
}
