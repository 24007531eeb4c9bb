package org.prr.agent.notice;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The regulator's notices for platform staff, newest first, with when each was acknowledged and forwarded. */
@RestController
class LocalNoticeController {

    private final NoticeInbox inbox;

    LocalNoticeController(NoticeInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/notices")
    List<NoticeInbox.Received> recent() {
        return inbox.recent(100);
    }
}
