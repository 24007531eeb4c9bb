package org.prr.portal.report;

import java.time.LocalDate;
import java.util.List;
import org.prr.model.MetricReport;
import org.prr.model.Obligation;
import org.prr.portal.errors.InvalidInput;

/** A report the platform's obligations do not ask for: another family, a period not over, another cadence. */
class NotOwed extends InvalidInput {

    private NotOwed(String field, String message) {
        super(field, message);
    }

    static NotOwed family(MetricReport report, List<Obligation> owed) {
        return new NotOwed(
                "family",
                "platform " + report.platformId() + " owes no " + report.family() + " reports; it owes "
                        + owed.stream().map(Obligation::family).toList());
    }

    static NotOwed periodNotOver(MetricReport report, Obligation obligation, LocalDate today) {
        return new NotOwed(
                "period",
                "ends on " + report.period().end() + ", which has not ended yet in " + obligation.timeZone()
                        + " (today is " + today + "); report a period once it is over");
    }

    static NotOwed cadence(MetricReport report, Obligation obligation) {
        return new NotOwed(
                "period",
                "is a " + report.period().cadence() + " but platform " + report.platformId() + " owes "
                        + report.family() + " per " + obligation.cadence());
    }
}
