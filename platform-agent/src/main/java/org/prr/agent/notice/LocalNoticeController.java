package org.prr.agent.notice;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.prr.agent.LocalApiToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The regulator's notices for platform staff, newest first, with when each was acknowledged and forwarded. */
@RestController
class LocalNoticeController {

    private final NoticeInbox inbox;
    private final LocalApiToken token;

    LocalNoticeController(NoticeInbox inbox, LocalApiToken token) {
        this.inbox = inbox;
        this.token = token;
    }

    @GetMapping("/notices")
    List<NoticeInbox.Received> recent(HttpServletRequest request) {
        token.check(request);
        return inbox.recent(100);
    }
}
