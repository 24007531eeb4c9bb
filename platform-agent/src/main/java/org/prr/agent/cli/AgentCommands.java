package org.prr.agent.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.prr.agent.incident.Incidents;
import org.prr.agent.metrics.ReportRuns;
import org.prr.agent.notice.NoticeInbox;
import org.prr.agent.outbox.Outbox;
import org.prr.agent.scheduling.ObligationBook;
import org.prr.agent.settings.AgentSettings;
import org.prr.agent.status.AgentStatus;
import org.prr.model.Cadence;
import org.prr.model.Category;
import org.prr.model.Incident;
import org.prr.model.IncidentUpdate;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.model.Period;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * The agent's command-line tools for a platform's operator, run against the agent's own database while the service
 * runs or not. Reports they compute go to the outbox, and the running service delivers them.
 */
@Component
public class AgentCommands {

    public static final String USAGE =
            """
            usage: java -jar platform-agent.jar <command> [options]
              backfill --family COMPLAINTS|TAKEDOWNS|STAFFING|ANNUAL --from 2026-11-01 --to 2026-11-20 [--cadence DAY]
                       compute every period of the family from the one holding --from to the one holding --to,
                       oldest first; periods reported before are left as they are. The cadence is the
                       obligation's (from the portal) unless given.
              status   the outbox, dead letters and each obligation, as health and metrics see them;
                       exits with 0 when healthy, 1 when not
              incident --severity MAJOR|CRITICAL --category CODE --title T --summary S --contact C
                       [--occurred-at 2026-11-24T09:30:00+08:00] [--scope S] [--actions-taken A]
                       raise a major incident; it is sent ahead of routine reports
              incident-update --incident ID --status OPEN|CONTAINED|CLOSED --text T
              resend --report ID
                       send a dead letter (report, incident or update) again as it is, e.g. after the portal
                       registered the agent's key
              recompute --report ID
                       discard a dead letter (it stays on record) and compute its period again from the sources,
                       as a new report (e.g. after fixing the source data the portal refused)""";

    private final ReportRuns runs;
    private final Outbox outbox;
    private final ObligationBook obligations;
    private final AgentStatus status;
    private final Incidents incidents;
    private final NoticeInbox notices;
    private final AgentSettings settings;
    private final Clock clock;

    AgentCommands(
            ReportRuns runs,
            Outbox outbox,
            ObligationBook obligations,
            AgentStatus status,
            Incidents incidents,
            NoticeInbox notices,
            AgentSettings settings,
            Clock clock) {
        this.incidents = incidents;
        this.notices = notices;
        this.runs = runs;
        this.outbox = outbox;
        this.status = status;
        this.obligations = obligations;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return the exit code: 0 done, 1 a period failed, 2 refused (the message says why) */
    public int run(ApplicationArguments args, PrintStream out, PrintStream err) {
        List<String> words = args.getNonOptionArgs();
        try {
            if (words.equals(List.of("backfill"))) {
                return backfill(args, out);
            }
            if (words.equals(List.of("status"))) {
                return status(out);
            }
            if (words.equals(List.of("incident"))) {
                return incident(args, out, err);
            }
            if (words.equals(List.of("incident-update"))) {
                return incidentUpdate(args, out, err);
            }
            if (words.equals(List.of("resend"))) {
                return resend(uuid(required(args, "report"), "--report"), out, err);
            }
            if (words.equals(List.of("recompute"))) {
                return recompute(uuid(required(args, "report"), "--report"), out, err);
            }
            err.println(USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }

    private int backfill(ApplicationArguments args, PrintStream out) {
        MetricFamily family = code(MetricFamily.class, required(args, "family"), "--family");
        LocalDate from = date(required(args, "from"), "--from");
        LocalDate to = date(required(args, "to"), "--to");
        String cadenceOption = optional(args, "cadence");
        ObligationBook.Owed owed = obligations.of(family).orElse(null);
        Cadence cadence = cadenceOption != null
                ? code(Cadence.class, cadenceOption, "--cadence")
                : owed != null ? owed.cadence() : null;
        if (cadence == null) {
            throw new IllegalArgumentException(
                    "--cadence is required: the portal has not told this agent of a " + family + " obligation yet");
        }
        LocalDate today = LocalDate.now(clock.withZone(
                owed != null ? owed.timeZone() : settings.schedule().timeZone()));
        Period last = Period.containing(to, cadence);
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        if (!last.end().isBefore(today)) {
            throw new IllegalArgumentException("the period " + last.start() + ".." + last.end()
                    + " has not ended yet; it is reported after it ends");
        }
        int failed = 0;
        for (Period p = Period.containing(from, cadence); !p.start().isAfter(last.start()); p = p.next()) {
            ReportRuns.Result result = runs.run(family, p);
            String outcome = result.earlier()
                    ? "reported before, left as it is"
                    : result.completed() ? "computed and queued for delivery" : notComputed(result);
            out.println(family + " " + p.start() + ".." + p.end() + ": " + outcome);
            if (!result.completed()) {
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    /** What a run that did not complete means for its period, so an operator knows nothing is lost. */
    private static String notComputed(ReportRuns.Result result) {
        return "NOT computed (" + result.status() + ": " + String.join("; ", result.failures()) + "); the period "
                + "stays owed, and the running agent computes it again at its next catch-up (at start and every "
                + "obligations refresh)";
    }

    private int status(PrintStream out) {
        AgentStatus.Snapshot now = status.snapshot();
        out.println("Agent for platform " + settings.platformId() + ": " + (now.healthy() ? "UP" : "DOWN"));
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
        for (AgentStatus.ObligationState o : now.obligations()) {
            out.println("  " + o.obligation().family() + " every "
                    + o.obligation().cadence() + " ("
                    + o.obligation().timeZone() + "): "
                    + (!o.configured()
                            ? "NOT CONFIGURED (agent.families."
                                    + o.obligation().family().name().toLowerCase(Locale.ROOT) + "), nothing is reported"
                            : (o.lastDeliveredPeriod() == null
                                            ? "nothing delivered yet"
                                            : "last delivered the period from " + o.lastDeliveredPeriod() + " at "
                                                    + o.lastDeliveredAt())
                                    + "; "
                                    + (o.missing().isEmpty()
                                            ? "nothing owed"
                                            : o.missing().size() + " period(s) owed from "
                                                    + o.missing().get(0).start()))
                    + (o.overdue().isEmpty()
                            ? ""
                            : "; OVERDUE: " + o.overdue().size() + " period(s) past due and "
                                    + "not delivered, the oldest from "
                                    + o.overdue().get(0).start()));
        }
        List<NoticeInbox.Received> notices = this.notices.recent(100);
        out.println("Notices: " + notices.size() + " most recent"
                + (notices.isEmpty()
                        ? ""
                        : ", the newest " + notices.get(0).notice().title() + " ("
                                + notices.get(0).notice().issuedAt() + ")"));
        notices.stream()
                .filter(n -> n.lastError() != null)
                .forEach(n -> out.println("  " + n.notice().noticeId() + " not yet fully handled: " + n.lastError()));
        return now.healthy() ? 0 : 1;
    }

    private static String readable(Duration duration) {
        return duration.toHours() > 0
                ? duration.toHours() + " h " + duration.toMinutesPart() + " min"
                : duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }

    private int incident(ApplicationArguments args, PrintStream out, PrintStream err) {
        String occurred = optional(args, "occurred-at");
        try {
            Incident incident = incidents.raise(new Incidents.Draft(
                    code(Incident.Severity.class, required(args, "severity"), "--severity"),
                    code(Category.class, required(args, "category"), "--category"),
                    occurred == null ? OffsetDateTime.now(clock) : offsetDateTime(occurred, "--occurred-at"),
                    null,
                    required(args, "title"),
                    required(args, "summary"),
                    optional(args, "scope"),
                    optional(args, "actions-taken"),
                    required(args, "contact")));
            out.println("incident " + incident.incidentId() + " raised and queued; the running agent sends it "
                    + "ahead of routine reports");
            return 0;
        } catch (Incidents.Invalid e) {
            err.println("the incident was not raised: " + e.getMessage());
            return 2;
        }
    }

    private int incidentUpdate(ApplicationArguments args, PrintStream out, PrintStream err) {
        try {
            IncidentUpdate update = incidents.follow(
                    uuid(required(args, "incident"), "--incident"),
                    new Incidents.Follow(
                            code(IncidentUpdate.Status.class, required(args, "status"), "--status"),
                            required(args, "text")));
            out.println("update " + update.updateId() + " of incident " + update.incidentId() + " queued");
            return 0;
        } catch (Incidents.Unknown e) {
            err.println(e.getMessage());
            return 2;
        } catch (Incidents.Invalid e) {
            err.println("the update was not queued: " + e.getMessage());
            return 2;
        }
    }

    private static OffsetDateTime offsetDateTime(String value, String option) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " " + value + " is not a time like 2026-11-24T09:30:00+08:00");
        }
    }

    private int resend(UUID reportId, PrintStream out, PrintStream err) {
        if (!outbox.resend(reportId.toString()) && !incidents.resend(reportId.toString())) {
            err.println(reportId + " is not a dead letter; nothing changed");
            return 2;
        }
        out.println(reportId + " is back in line and will be sent as it is");
        return 0;
    }

    private int recompute(UUID reportId, PrintStream out, PrintStream err) {
        MetricReport report = outbox.report(reportId).orElse(null);
        if (report == null || !outbox.discard(reportId)) {
            err.println("report " + reportId + " is not a dead letter; nothing changed");
            return 2;
        }
        ReportRuns.Result result = runs.run(report.family(), report.period());
        out.println(report.family() + " " + report.period().start() + ".."
                + report.period().end() + ": "
                + (result.completed()
                        ? "computed again and queued for delivery; " + reportId + " is discarded"
                        : notComputed(result)));
        return result.completed() ? 0 : 1;
    }

    private static UUID uuid(String value, String option) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " " + value + " is not an id (a UUID)");
        }
    }

    private static String required(ApplicationArguments args, String name) {
        String value = optional(args, name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static String optional(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    option + " " + value + " is not one of " + List.of(type.getEnumConstants()));
        }
    }

    private static LocalDate date(String value, String option) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " " + value + " is not a date like 2026-11-23");
        }
    }
}
