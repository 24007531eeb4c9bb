package org.prr.agent.cli;

import java.io.PrintStream;
import java.util.UUID;
import org.prr.agent.metrics.ReportRuns;
import org.prr.agent.outbox.Outbox;
import org.prr.model.MetricReport;
import org.springframework.stereotype.Component;

/** {@code recompute}: discard a dead-lettered report (it stays on record) and compute its period again. */
@Component
class RecomputeCommand implements Command {

    private final Outbox outbox;
    private final ReportRuns runs;

    RecomputeCommand(Outbox outbox, ReportRuns runs) {
        this.outbox = outbox;
        this.runs = runs;
    }

    @Override
    public String name() {
        return "recompute";
    }

    @Override
    public int run(CommandOptions options, PrintStream out, PrintStream err) {
        UUID reportId = options.id("report");
        MetricReport report = outbox.report(reportId).orElse(null);
        if (report == null || !outbox.discard(reportId)) {
            err.println("report " + reportId + " is not a dead letter; nothing changed");
            return 2;
        }
        ReportRuns.Result result = runs.run(report.family(), report.period());
        out.println(report.family() + " " + report.period().start() + ".."
                + report.period().end() + ": "
                + (result.completed()
                        ? "computed again and queued for delivery; " + reportId + " is discarded"
                        : BackfillCommand.notComputed(result)));
        return result.completed() ? 0 : 1;
    }
}
