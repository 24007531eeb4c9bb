package org.prr.portal.enforcement;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.prr.model.Receipt;
import org.prr.model.RectificationReport;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.intake.SignedSubmission;
import org.prr.portal.ledger.ReceiptResponse;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enforcement on the API: staff of the jurisdiction read actions and rectification cases; ADMIN records actions and
 * an interview's minutes; ANALYST and ADMIN re-check cases; the platform's agent sends its signed rectification
 * reports.
 */
@RestController
class EnforcementController {

    /** What ADMIN records after an interview. */
    record InterviewMinutes(String minutes, String commitments) {}

    private final Enforcement enforcement;

    EnforcementController(Enforcement enforcement) {
        this.enforcement = enforcement;
    }

    @PostMapping("/api/v1/admin/enforcement")
    ResponseEntity<Action> record(@AuthenticationPrincipal StaffPrincipal staff, @RequestBody NewAction action) {
        Action recorded = enforcement.record(staff, action);
        return ResponseEntity.created(URI.create("/api/v1/enforcement/" + recorded.actionId()))
                .body(recorded);
    }

    @PutMapping("/api/v1/admin/enforcement/{actionId}/interview")
    Action interviewHeld(
            @AuthenticationPrincipal StaffPrincipal staff,
            @PathVariable UUID actionId,
            @RequestBody InterviewMinutes minutes) {
        return enforcement.interviewHeld(staff, actionId, minutes.minutes(), minutes.commitments());
    }

    @GetMapping("/api/v1/enforcement")
    Enforcement.ActionPage actions(
            @AuthenticationPrincipal StaffPrincipal staff,
            @RequestParam(required = false) String platformId,
            @RequestParam(required = false) ActionKind kind,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return enforcement.find(staff, new Enforcement.ActionQuery(platformId, kind, from, to, page, size));
    }

    @GetMapping("/api/v1/enforcement/{actionId}")
    Action action(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID actionId) {
        return enforcement.get(staff, actionId);
    }

    @GetMapping("/api/v1/rectifications")
    Enforcement.CasePage cases(
            @AuthenticationPrincipal StaffPrincipal staff,
            @RequestParam(required = false) RectificationCase.Stage stage,
            @RequestParam(required = false) String platformId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return enforcement.cases(staff, new Enforcement.CaseQuery(stage, platformId, page, size));
    }

    @GetMapping("/api/v1/rectifications/{caseId}")
    RectificationCase rectificationCase(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID caseId) {
        return enforcement.rectificationCase(staff, caseId);
    }

    @PostMapping("/api/v1/rectifications/{caseId}/rechecks")
    RectificationCase recheck(
            @AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID caseId, @RequestBody Recheck recheck) {
        return enforcement.recheck(staff, caseId, recheck);
    }

    /** The platform's signed report on its case; the receipt's {@code reportId} is the report's id. */
    @PostMapping(path = "/api/v1/rectifications/{caseId}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipt> report(SignedSubmission<RectificationReport> submission, @PathVariable UUID caseId) {
        UUID named = submission.document().caseId();
        if (!named.equals(caseId)) {
            throw InvalidInput.field("caseId", "is " + named + " but the path names " + caseId);
        }
        return ReceiptResponse.of(
                enforcement.report(submission),
                URI.create("/api/v1/rectifications/" + caseId + "/reports/"
                        + submission.document().reportId()));
    }
}
