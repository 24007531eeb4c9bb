package org.prr.agent.cli;

import java.io.PrintStream;
import org.prr.agent.incident.Incidents;
import org.prr.agent.outbox.InvalidDocument;
import org.prr.model.IncidentUpdate;
import org.springframework.stereotype.Component;

/** {@code incident-update}: follow up an incident raised through this agent. */
@Component
class IncidentUpdateCommand implements Command {

    private final Incidents incidents;

    IncidentUpdateCommand(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public String name() {
        return "incident-update";
    }

    @Override
    public int run(CommandOptions options, PrintStream out, PrintStream err) {
        try {
            IncidentUpdate update = incidents.follow(
                    options.id("incident"),
                    new Incidents.Follow(
                            options.code(IncidentUpdate.Status.class, "status"), options.required("text")));
            out.println("update " + update.updateId() + " of incident " + update.incidentId() + " queued");
            return 0;
        } catch (Incidents.Unknown e) {
            err.println(e.getMessage());
            return 2;
        } catch (InvalidDocument e) {
            err.println("the update was not queued: " + e.getMessage());
            return 2;
        }
    }
}
