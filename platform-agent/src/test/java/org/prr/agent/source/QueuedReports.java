package org.prr.agent.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.prr.agent.outbox.Outbox;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.model.Period;

/** The one report a source test expects the job to have queued for a family and period. */
final class QueuedReports {

    private QueuedReports() {}

    static MetricReport only(Outbox outbox, MetricFamily family, Period period) {
        List<MetricReport> reports = outbox.reports(family, period);
        assertThat(reports).as(family + " reports for " + period).hasSize(1);
        return reports.get(0);
    }
}
