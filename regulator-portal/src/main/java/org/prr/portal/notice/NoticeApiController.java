package org.prr.portal.notice;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

/**
 * Notices: staff issue them (ADMIN); agents long-poll for the ones addressed to their platform and acknowledge each
 * (signed calls). The long poll holds the request until a notice arrives or {@code waitSeconds} pass, checking
 * every half second; it keeps a request thread meanwhile, which is fine for a jurisdiction's few hundred agents.
 */
@RestController
class NoticeApiController {

    private static final int PAGE = 100;
    private static final Duration CHECK_EVERY = Duration.ofMillis(500);

    private final NoticeBook notices;

    NoticeApiController(NoticeBook notices) {
        this.notices = notices;
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
    Notice.Page poll(
            SignedCall caller,
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "0") int waitSeconds)
            throws InterruptedException {
        if (waitSeconds < 0 || waitSeconds > 30) {
            throw InvalidInput.field("waitSeconds", "must be between 0 and 30");
        }
        Instant deadline = Instant.now().plusSeconds(waitSeconds);
        List<Notice> found = notices.after(caller.platformId(), after, PAGE);
        while (found.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(CHECK_EVERY.toMillis());
            found = notices.after(caller.platformId(), after, PAGE);
        }
        return new Notice.Page(
                found, found.isEmpty() ? after : found.get(found.size() - 1).cursor());
    }

    @PostMapping("/api/v1/notices/{noticeId}/acknowledgements")
    ResponseEntity<Receipt> acknowledge(SignedCall caller, @PathVariable UUID noticeId) {
        return ReceiptResponse.of(
                notices.acknowledge(caller.headers(), noticeId),
                URI.create("/api/v1/notices/" + noticeId + "/acknowledgements"));
    }
}
