package org.prr.portal.notice;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.prr.model.Notice;
import org.prr.model.Receipt;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.intake.SignedCall;
import org.prr.portal.ledger.ReceiptResponse;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Notices: staff issue them (ADMIN); agents long-poll for the ones addressed to their platform and acknowledge each
 * (signed calls). A long poll that finds nothing waits in {@link NoticeWaiters} without a request thread, until a
 * notice arrives or {@code waitSeconds} pass.
 */
@RestController
class NoticeApiController {

    private final NoticeBook notices;
    private final NoticeWaiters waiters;

    NoticeApiController(NoticeBook notices, NoticeWaiters waiters) {
        this.notices = notices;
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

    @GetMapping("/api/v1/notices")
    DeferredResult<Notice.Page> poll(
            SignedCall caller,
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "0") int waitSeconds) {
        if (waitSeconds < 0 || waitSeconds > 30) {
            throw InvalidInput.field("waitSeconds", "must be between 0 and 30");
        }
        return waiters.await(caller.platformId(), after, waitSeconds);
    }

    @PostMapping("/api/v1/notices/{noticeId}/acknowledgements")
    ResponseEntity<Receipt> acknowledge(SignedCall caller, @PathVariable UUID noticeId) {
        return ReceiptResponse.of(
                notices.acknowledge(caller.headers(), noticeId),
                URI.create("/api/v1/notices/" + noticeId + "/acknowledgements"));
    }
}
