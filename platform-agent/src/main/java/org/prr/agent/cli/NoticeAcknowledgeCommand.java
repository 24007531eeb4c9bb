package org.prr.agent.cli;

import jakarta.validation.ConstraintViolationException;
import java.io.PrintStream;
import org.prr.agent.notice.NoticeInbox;
import org.springframework.stereotype.Component;

/** {@code notice acknowledge}: a named person at the platform acknowledges a notice, with an optional reply. */
@Component
class NoticeAcknowledgeCommand implements Command {

    private final NoticeInbox notices;

    NoticeAcknowledgeCommand(NoticeInbox notices) {
        this.notices = notices;
    }

    @Override
    public String name() {
        return "notice acknowledge";
    }

    @Override
    public int run(CommandOptions options, PrintStream out, PrintStream err) {
        try {
            NoticeInbox.Received received =
                    notices.acknowledge(options.id("id"), options.required("by"), options.optional("reply"));
            out.println("notice " + received.notice().noticeId() + " \""
                    + received.notice().title()
                    + "\" acknowledged by " + received.acknowledgedBy()
                    + (received.reply() == null ? "" : " with a reply")
                    + "; the running agent sends it to the portal");
            return 0;
        } catch (NoticeInbox.Unknown e) {
            err.println(e.getMessage());
            return 2;
        } catch (NoticeInbox.AlreadyAcknowledged e) {
            err.println(e.getBody().getDetail());
            return 2;
        } catch (ConstraintViolationException e) {
            err.println("the acknowledgement was not recorded: " + e.getMessage());
            return 2;
        }
    }
}
