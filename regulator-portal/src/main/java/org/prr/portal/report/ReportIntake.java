package org.prr.portal.report;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.prr.model.MetricReport;
import org.prr.portal.intake.SignedSubmission;
import org.prr.portal.ledger.Ledger;
import org.prr.portal.ledger.NewEntry;
import org.prr.portal.ledger.ReplayMismatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Records an authenticated report in the platform's ledger exactly once. */
@Service
class ReportIntake {

    private static final Logger log = LoggerFactory.getLogger(ReportIntake.class);

    private final ReportBook reports;
    private final MeterRegistry meters;
    /** Report ids being appended by this instance right now. */
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

    ReportIntake(ReportBook reports, MeterRegistry meters) {
        this.reports = reports;
        this.meters = meters;
    }

    Ledger.Appended submit(SignedSubmission<MetricReport> submission) {
        MetricReport report = submission.document();
        Ledger.Appended appended = appendOnce(submission);
        meters.counter(
                        "portal.reports",
                        "family",
                        report.family().name(),
                        "outcome",
                        appended.outcome().name())
                .increment();
        switch (appended.outcome()) {
            case APPENDED -> log.info(
                    "Accepted {} {} {} of {} for {}..{} as ledger seq {}",
                    report.family(),
                    report.supersedes() == null ? "report" : "amendment",
                    report.reportId(),
                    report.platformId(),
                    report.period().start(),
                    report.period().end(),
                    appended.entry().seq());
            case REPLAYED -> log.info(
                    "Replay of report {} of {}: answered with its receipt, nothing written",
                    report.reportId(),
                    report.platformId());
            case CONFLICT -> throw ReplayMismatch.of(
                    report.reportId(),
                    "send an amendment with a new reportId and supersedes=" + report.reportId() + " instead");
        }
        return appended;
    }

    /**
     * A duplicate that arrives while this instance is still appending the same report id is answered 409, so the
     * sender retries and then gets the receipt. Duplicates on different instances queue on the chain-head lock and
     * are answered as replays.
     */
    private Ledger.Appended appendOnce(SignedSubmission<MetricReport> submission) {
        UUID reportId = submission.document().reportId();
        if (!inFlight.add(reportId)) {
            throw ReportInProgress.forId(reportId);
        }
        try {
            return reports.accept(
                    submission.document(), submission.bodyText(), NewEntry.PlatformSignature.of(submission.caller()));
        } finally {
            inFlight.remove(reportId);
        }
    }
}
