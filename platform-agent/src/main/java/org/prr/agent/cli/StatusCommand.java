package org.prr.agent.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.prr.agent.incident.Incidents;
import org.prr.agent.notice.NoticeInbox;
import org.prr.agent.rectification.Rectifications;
import org.prr.agent.settings.AgentSettings;
import org.prr.agent.status.AgentStatus;
import org.prr.agent.verification.LedgerVerification;
import org.springframework.stereotype.Component;

/**
 * {@code status}: the outbox, dead letters, obligations, notices (those waiting for a person's acknowledgement) and
 * incidents (whether the regulator acknowledged them) and rectification orders (with their reports' delivery), as
 * health and metrics see them.
 */
@Component
class StatusCommand implements Command {

    private final AgentStatus status;
    private final NoticeInbox notices;
    private final Incidents incidents;
    private final Rectifications rectifications;
    private final LedgerVerification ledger;
    private final AgentSettings settings;

    StatusCommand(
            AgentStatus status,
            NoticeInbox notices,
            Incidents incidents,
            Rectifications rectifications,
            LedgerVerification ledger,
            AgentSettings settings) {
        this.status = status;
        this.notices = notices;
        this.incidents = incidents;
        this.rectifications = rectifications;
        this.ledger = ledger;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "status";
    }

    @Override
    public int run(CommandOptions options, PrintStream out, PrintStream err) {
        AgentStatus.Snapshot now = status.snapshot();
        boolean healthy = now.healthy() && !ledger.mismatched();
        out.println("Agent for platform " + settings.platformId() + ": " + (healthy ? "UP" : "DOWN"));
        out.println("Outbox: " + now.pending() + " waiting to be delivered"
                + (now.oldestPendingSince() == null
                        ? ""
                        : ", the oldest for " + readable(now.oldestPendingAge())
                                + (now.stuck()
                                        ? " (STUCK: longer than agent.delivery.stuck-after; the log says what the portal answers)"
                                        : "")));
        if (now.clockSkew() != null) {
            out.println("CLOCK SKEW: " + now.clockSkew());
        }
        out.println("Dead letters: " + now.deadLetters().size());
        for (AgentStatus.DeadLetter dead : now.deadLetters()) {
            out.println("  " + dead.documentId() + "  " + dead.what() + "  HTTP " + dead.httpStatus() + "  "
                    + dead.problem());
        }
        if (!now.deadLetters().isEmpty()) {
            out.println("  recover with 'resend --report ID' or 'recompute --report ID' (docs/agent-operations.md)");
        }
        out.println("Obligations:"
                + (now.obligations().isEmpty() ? " none known yet (the portal has not been asked)" : ""));
        now.obligations().forEach(o -> out.println("  " + obligation(o)));
        List<NoticeInbox.Received> recent = notices.recent(100);
        out.println("Notices: " + recent.size() + " most recent"
                + (recent.isEmpty()
                        ? ""
                        : ", the newest " + recent.get(0).notice().title() + " ("
                                + recent.get(0).notice().issuedAt() + ")"));
        recent.stream()
                .filter(n -> n.acknowledgedAt() == null && n.notice().actionRequired())
                .forEach(n -> out.println(
                        "  " + n.notice().noticeId() + " \"" + n.notice().title()
                                + "\" needs a person's acknowledgement"
                                + (n.notice().respondBy() == null
                                        ? ""
                                        : " by " + n.notice().respondBy())
                                + ": 'notice acknowledge --id " + n.notice().noticeId() + " --by NAME'"));
        recent.stream()
                .filter(n -> n.lastError() != null)
                .forEach(n -> out.println("  " + n.notice().noticeId() + " not yet fully handled: " + n.lastError()));
        List<Incidents.Sent> raised = incidents.all().stream()
                .filter(sent -> sent.kind().equals("INCIDENT"))
                .toList();
        out.println("Incidents: " + raised.size() + " raised");
        raised.forEach(sent -> out.println("  " + sent.incidentId() + " " + sent.status()
                + (sent.acknowledgedAt() == null
                        ? ", not yet acknowledged by the regulator"
                        : ", acknowledged by the regulator (" + sent.acknowledgedBy() + ") at "
                                + sent.acknowledgedAt())));
        List<Rectifications.Case> orders = rectifications.all();
        out.println("Rectification orders: " + orders.size());
        orders.forEach(order -> out.println("  " + order.caseId() + " \"" + order.title() + "\" "
                + (order.reports().isEmpty()
                        ? "not reported on yet: 'rectify --case " + order.caseId() + " --by NAME --text T'"
                        : order.reports().size() + " report(s), the latest "
                                + order.reports()
                                        .get(order.reports().size() - 1)
                                        .status())));
        LedgerVerification.Outcome checked = ledger.last();
        out.println("Ledger: "
                + (checked == null
                        ? "not checked yet ('verify-ledger' checks now)"
                        : checked.verdict() + " at " + checked.checkedAt()
                                + (checked.problem() == null ? "" : ": " + checked.problem())));
        return healthy ? 0 : 1;
    }

    private static String obligation(AgentStatus.ObligationState o) {
        String family = o.obligation().family() + " every " + o.obligation().cadence() + " ("
                + o.obligation().timeZone() + "): ";
        if (!o.configured()) {
            return family + "NOT CONFIGURED (agent.families."
                    + o.obligation().family().name().toLowerCase(Locale.ROOT) + "), nothing is reported"
                    + overdue(o);
        }
        return family
                + (o.lastDeliveredPeriod() == null
                        ? "nothing delivered yet"
                        : "last delivered the period from " + o.lastDeliveredPeriod() + " at " + o.lastDeliveredAt())
                + "; "
                + (o.missing().isEmpty()
                        ? "nothing owed"
                        : o.missing().size() + " period(s) owed from "
                                + o.missing().get(0).start())
                + overdue(o);
    }

    private static String overdue(AgentStatus.ObligationState o) {
        return o.overdue().isEmpty()
                ? ""
                : "; OVERDUE: " + o.overdue().size() + " period(s) past due and not delivered, the oldest from "
                        + o.overdue().get(0).start();
    }

    private static String readable(Duration duration) {
        return duration.toHours() > 0
                ? duration.toHours() + " h " + duration.toMinutesPart() + " min"
                : duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }
}
