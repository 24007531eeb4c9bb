package org.prr.agent.notice;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The regulator's notices for platform staff, newest first, with each step (receipt, forwarding, a person's
 * acknowledgement and whether the portal has it); and the acknowledgement itself, by a named person, with an
 * optional reply.
 */
@RestController
class LocalNoticeController {

    /** Who at the platform acknowledges the notice, and what they answer, if anything. */
    record Acknowledgement(String by, String reply) {}

    private final NoticeInbox inbox;

    LocalNoticeController(NoticeInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/notices")
    List<NoticeInbox.Received> recent() {
        return inbox.recent(100);
    }

    @GetMapping("/notices/{noticeId}")
    NoticeInbox.Received notice(@PathVariable UUID noticeId) {
        return inbox.find(noticeId);
    }

    @PostMapping("/notices/{noticeId}/acknowledgement")
    NoticeInbox.Received acknowledge(@PathVariable UUID noticeId, @RequestBody Acknowledgement acknowledgement) {
        return inbox.acknowledge(noticeId, acknowledgement.by(), acknowledgement.reply());
    }
}
