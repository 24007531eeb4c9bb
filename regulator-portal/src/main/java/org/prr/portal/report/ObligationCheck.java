package org.prr.portal.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.prr.model.MetricReport;
import org.prr.model.Obligation;

/**
 * Whether a report is one the platform owes: a family it owes, for a period that has ended in the obligation's time
 * zone, and (for a new report, not an amendment) at the cadence it owes now.
 */
final class ObligationCheck {

    private ObligationCheck() {}

    /** @throws NotOwed naming the field that is not owed */
    static void check(MetricReport report, List<Obligation> owed, Clock clock) {
        Obligation obligation = owed.stream()
                .filter(o -> o.family() == report.family())
                .findFirst()
                .orElseThrow(() -> NotOwed.family(report, owed));
        LocalDate today = LocalDate.now(clock.withZone(obligation.timeZone()));
        if (!report.period().end().isBefore(today)) {
            throw NotOwed.periodNotOver(report, obligation, today);
        }
        if (report.supersedes() == null && report.period().cadence() != obligation.cadence()) {
            throw NotOwed.cadence(report, obligation);
        }
    }
}
