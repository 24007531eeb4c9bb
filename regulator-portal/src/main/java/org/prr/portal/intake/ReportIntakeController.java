package org.prr.portal.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.prr.model.MetricReport;
import org.prr.model.Receipt;
import org.prr.model.signing.SignatureHeaders;
import org.prr.portal.ApiProblem;
import org.prr.portal.ledger.Entry;
import org.prr.portal.ledger.Ledger;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The platforms' submission API. Every call is signed with the platform's Ed25519 key. */
@RestController
class ReportIntakeController {

    private final SignedSubmissions submissions;
    private final ReportIntake intake;
    private final Ledger ledger;

    ReportIntakeController(SignedSubmissions submissions, ReportIntake intake, Ledger ledger) {
        this.submissions = submissions;
        this.intake = intake;
        this.ledger = ledger;
    }

    /** 201 with the receipt for a new report; 200 with the original receipt for a replay of the same report. */
    @PostMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipt> submit(HttpServletRequest request, InputStream bodyStream) throws IOException {
        Ledger.Appended appended = intake.submit(submissions.read(request, bodyStream, MetricReport.class));
        Receipt receipt = appended.entry().receipt();
        return appended.outcome() == Ledger.Outcome.APPENDED
                ? ResponseEntity.created(URI.create("/api/v1/reports/" + receipt.reportId() + "/receipt"))
                        .body(receipt)
                : ResponseEntity.ok(receipt);
    }

    @GetMapping("/api/v1/reports/{reportId}/receipt")
    Receipt receipt(HttpServletRequest request, @PathVariable UUID reportId) {
        SignatureHeaders caller = submissions.authenticate(request);
        return ledger.findByReportId(reportId)
                .filter(entry -> entry.platformId().equals(caller.platformId()))
                .map(Entry::receipt)
                .orElseThrow(
                        () -> ApiProblem.notFound("no accepted report " + reportId + " of " + caller.platformId()));
    }
}
