package org.prr.portal.report;

import java.net.URI;
import java.util.UUID;
import org.prr.model.MetricReport;
import org.prr.model.Receipt;
import org.prr.portal.intake.SignedCall;
import org.prr.portal.intake.SignedSubmission;
import org.prr.portal.ledger.Entry;
import org.prr.portal.ledger.Ledger;
import org.prr.portal.ledger.ReceiptResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The platforms' submission API. Every call is signed with the platform's Ed25519 key. */
@RestController
class ReportIntakeController {

    private final ReportIntake intake;
    private final Ledger ledger;

    ReportIntakeController(ReportIntake intake, Ledger ledger) {
        this.intake = intake;
        this.ledger = ledger;
    }

    /** 201 with the receipt for a new report; 200 with the original receipt for a replay of the same report. */
    @PostMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipt> submit(SignedSubmission<MetricReport> submission) {
        return ReceiptResponse.of(
                intake.submit(submission),
                URI.create("/api/v1/reports/" + submission.document().reportId() + "/receipt"));
    }

    @GetMapping("/api/v1/reports/{reportId}/receipt")
    Receipt receipt(SignedCall caller, @PathVariable UUID reportId) {
        return ledger.findByReportId(reportId)
                .filter(entry -> entry.platformId().equals(caller.platformId()))
                .map(Entry::receipt)
                .orElseThrow(() -> ReportNotFound.forId(reportId.toString(), caller.platformId()));
    }
}
