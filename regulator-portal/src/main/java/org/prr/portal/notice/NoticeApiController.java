package org.prr.portal.notice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.prr.model.Notice;
import org.prr.model.NoticeAcknowledgement;
import org.prr.model.Receipt;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.intake.SignedCall;
import org.prr.portal.intake.SignedSubmission;
import org.prr.portal.ledger.ReceiptResponse;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notices: staff issue them (ADMIN) and follow what became of them (every role reads; ANALYST and ADMIN remind);
 * agents long-poll for the ones addressed to their platform, send a receipt for each and, when a named person
 * acknowledges one, that acknowledgement (signed calls). A long poll that finds nothing waits in {@link
 * NoticeWaiters} without a request thread, until a notice arrives or {@code waitSeconds} pass.
 */
@RestController
class NoticeApiController {

    private final NoticeBook notices;
    private final NoticeTracking tracking;
    private final NoticeWaiters waiters;

    NoticeApiController(NoticeBook notices, NoticeTracking tracking, NoticeWaiters waiters) {
        this.notices = notices;
        this.tracking = tracking;
        this.waiters = waiters;
    }

    @PostMapping("/api/v1/admin/notices")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Notice> issue(
            @AuthenticationPrincipal StaffPrincipal staff, @Valid @RequestBody Notice.Draft draft) {
        Notice notice = notices.issue(staff, draft);
        return ResponseEntity.created(URI.create("/api/v1/notices/" + notice.noticeId()))
                .body(notice);
    }

    /** Answers {@code {"notices":[…],"cursor":N}} itself, at once or when a notice arrives ({@link NoticeWaiters}). */
    @GetMapping("/api/v1/notices")
    void poll(
            SignedCall caller,
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "0") int waitSeconds,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (waitSeconds < 0 || waitSeconds > 30) {
            throw InvalidInput.field("waitSeconds", "must be between 0 and 30");
        }
        waiters.await(caller.platformId(), after, waitSeconds, request, response);
    }

    @PostMapping("/api/v1/notices/{noticeId}/receipts")
    ResponseEntity<Receipt> receipt(SignedCall caller, @PathVariable UUID noticeId) {
        return ReceiptResponse.of(
                notices.receipt(caller.headers(), noticeId), URI.create("/api/v1/notices/" + noticeId + "/receipts"));
    }

    @PostMapping(path = "/api/v1/notices/{noticeId}/acknowledgements", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipt> acknowledge(
            SignedSubmission<NoticeAcknowledgement> submission, @PathVariable UUID noticeId) {
        return ReceiptResponse.of(
                notices.acknowledge(submission, noticeId),
                URI.create("/api/v1/notices/" + noticeId + "/acknowledgements"));
    }

    @GetMapping("/api/v1/notices/issued")
    NoticeTracking.TrackedPage issued(
            @AuthenticationPrincipal StaffPrincipal staff,
            @RequestParam(required = false) Notice.Kind kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return tracking.issued(staff, kind, page, size);
    }

    @GetMapping("/api/v1/notices/issued/{noticeId}")
    NoticeTracking.Tracked notice(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID noticeId) {
        return tracking.notice(staff, noticeId);
    }

    @GetMapping("/api/v1/notices/issued/{noticeId}/recipients")
    List<NoticeTracking.Recipient> recipients(
            @AuthenticationPrincipal StaffPrincipal staff,
            @PathVariable UUID noticeId,
            @RequestParam(defaultValue = "false") boolean unacknowledged) {
        return tracking.recipients(staff, noticeId, unacknowledged);
    }

    @PostMapping("/api/v1/notices/issued/{noticeId}/reminders")
    NoticeTracking.Reminded remind(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID noticeId) {
        return tracking.remind(staff, noticeId);
    }
}
