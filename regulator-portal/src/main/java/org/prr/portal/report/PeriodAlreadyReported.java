package org.prr.portal.report;

import org.prr.model.MetricReport;
import org.prr.portal.errors.InvalidInput;

/** A new report for a period that has a current report: a correction is an amendment. */
class PeriodAlreadyReported extends InvalidInput {

    private PeriodAlreadyReported(String message) {
        super("period", message);
    }

    static PeriodAlreadyReported as(MetricReport report, String currentReportId) {
        return new PeriodAlreadyReported(report.family() + " for "
                + report.period().start() + ".."
                + report.period().end() + " was already reported as " + currentReportId
                + "; to correct it send an amendment with supersedes=" + currentReportId + " and an amendmentReason");
    }
}
