package org.prr.portal.intake;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.prr.model.MetricReport;
import org.prr.model.signing.SignatureHeaders;
import org.prr.portal.ApiProblem;
import org.prr.portal.ledger.Ledger;
import org.prr.portal.ledger.NewEntry;
import org.prr.portal.report.ReportBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Checks an authenticated submission and records it in the platform's ledger exactly once. */
@Service
class ReportIntake {

    private static final Logger log = LoggerFactory.getLogger(ReportIntake.class);

    private final ReportBook reports;
    /** Report ids being appended by this instance right now. */
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

    ReportIntake(ReportBook reports) {
        this.reports = reports;
    }

    Ledger.Appended submit(SignedSubmissions.Submission<MetricReport> submission) {
        SignatureHeaders caller = submission.caller();
        MetricReport report = submission.value();
        byte[] body = submission.body();
        if (!report.platformId().equals(caller.platformId())) {
            throw ApiProblem.forbidden(
                    "the report is for platform " + report.platformId() + " but was signed for " + caller.platformId());
        }
        Ledger.Appended appended = appendOnce(caller, report, body);
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
            case CONFLICT -> throw ApiProblem.replayMismatch("report " + report.reportId()
                    + " was already accepted with a different body; send an amendment with a new reportId and "
                    + "supersedes=" + report.reportId() + " instead");
        }
        return appended;
    }

    /**
     * A duplicate that arrives while this instance is still appending the same report id is answered 409, so the
     * sender retries and then gets the receipt. Duplicates on different instances queue on the chain-head lock and
     * are answered as replays.
     */
    private Ledger.Appended appendOnce(SignatureHeaders caller, MetricReport report, byte[] body) {
        if (!inFlight.add(report.reportId())) {
            throw ApiProblem.inProgress(
                    "report " + report.reportId() + " is being processed; retry shortly for " + "its receipt");
        }
        try {
            return reports.accept(
                    report,
                    new String(body, StandardCharsets.UTF_8),
                    new NewEntry.PlatformSignature(caller.keyId(), caller.timestamp(), caller.signature()));
        } finally {
            inFlight.remove(report.reportId());
        }
    }
}
