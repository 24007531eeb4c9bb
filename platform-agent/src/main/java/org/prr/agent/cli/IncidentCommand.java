package org.prr.agent.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.prr.agent.incident.Incidents;
import org.prr.agent.outbox.InvalidDocument;
import org.prr.model.Category;
import org.prr.model.Incident;
import org.springframework.stereotype.Component;

/** {@code incident}: raise a major incident, sent ahead of routine reports. */
@Component
class IncidentCommand implements Command {

    private final Incidents incidents;
    private final Clock clock;

    IncidentCommand(Incidents incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "incident";
    }

    @Override
    public int run(CommandOptions options, PrintStream out, PrintStream err) {
        OffsetDateTime occurred = options.optionalTime("occurred-at");
        try {
            Incident incident = incidents.raise(new Incidents.Draft(
                    options.code(Incident.Severity.class, "severity"),
                    options.code(Category.class, "category"),
                    occurred == null ? OffsetDateTime.now(clock) : occurred,
                    null,
                    options.required("title"),
                    options.required("summary"),
                    options.optional("scope"),
                    options.optional("actions-taken"),
                    options.required("contact")));
            out.println("incident " + incident.incidentId() + " raised and queued; the running agent sends it "
                    + "ahead of routine reports");
            return 0;
        } catch (InvalidDocument e) {
            err.println("the incident was not raised: " + e.getMessage());
            return 2;
        }
    }
}
