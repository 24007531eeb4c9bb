package org.prr.agent.cli;

import java.io.PrintStream;
import java.util.UUID;
import org.prr.agent.incident.Incidents;
import org.prr.agent.outbox.Outbox;
import org.springframework.stereotype.Component;

/** {@code resend}: put a dead letter (report, incident or update) back in line, as it is. */
@Component
class ResendCommand implements Command {

    private final Outbox outbox;
    private final Incidents incidents;

    ResendCommand(Outbox outbox, Incidents incidents) {
        this.outbox = outbox;
        this.incidents = incidents;
    }

    @Override
    public String name() {
        return "resend";
    }

    @Override
    public int run(CommandOptions options, PrintStream out, PrintStream err) {
        UUID id = options.id("report");
        if (!outbox.resend(id.toString()) && !incidents.resend(id.toString())) {
            err.println(id + " is not a dead letter; nothing changed");
            return 2;
        }
        out.println(id + " is back in line and will be sent as it is");
        return 0;
    }
}
