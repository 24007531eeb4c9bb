package org.prr.agent.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * The agent's command-line tools for a platform's operator, run against the agent's own database while the service
 * runs or not: one {@link Command} each, found by name. Reports they compute go to the outbox, and the running
 * service delivers them.
 */
@Component
public class AgentCommands {

    /** The commands' names, known before any context starts, so a typo never starts a second service. */
    public static final Set<String> NAMES = Set.of(
            "amend",
            "backfill",
            "status",
            "incident",
            "incident-update",
            "notice acknowledge",
            "rectify",
            "resend",
            "recompute",
            "verify-ledger");

    public static final String USAGE =
            """
            usage: java -jar platform-agent.jar <command> [options]
              backfill --family COMPLAINTS|TAKEDOWNS|STAFFING|ANNUAL --from 2026-11-01 --to 2026-11-20 [--cadence DAY]
                       compute every period of the family from the one holding --from to the one holding --to,
                       oldest first; periods reported before are left as they are. The cadence is the
                       obligation's (from the portal) unless given.
              amend --family F --period 2026-11-20 --reason "…" [--cadence DAY]
                       compute the delivered period holding --period again from the sources (after they were
                       corrected) and send it as an amendment of the report delivered; the portal keeps both
              status   the outbox, dead letters and each obligation, as health and metrics see them;
                       exits with 0 when healthy, 1 when not
              incident --severity MAJOR|CRITICAL --category CODE --title T --summary S --contact C
                       [--occurred-at 2026-11-24T09:30:00+08:00] [--scope S] [--actions-taken A]
                       raise a major incident; it is sent ahead of routine reports
              incident-update --incident ID --status OPEN|CONTAINED|CLOSED --text T
              notice acknowledge --id ID --by "NAME" [--reply TEXT]
                       a named person acknowledges a notice of the regulator, with an optional reply; the
                       running service sends it to the portal signed
              rectify --case ID --by "NAME" --text T [--evidence FILE]...
                       report what the platform did about a rectification order (its notice names the case);
                       each evidence file stays here, the report carries its name and SHA-256
              verify-ledger
                       check now that every receipt this agent holds is in the platform's chain at the portal
                       unchanged, that the chain recomputes and that the portal's signed checkpoint covers it;
                       exits with 0 when intact, 1 on a mismatch or when the portal cannot be asked
              resend --report ID
                       send a dead letter (report, incident or update) again as it is, e.g. after the portal
                       registered the agent's key
              recompute --report ID
                       discard a dead letter (it stays on record) and compute its period again from the sources,
                       as a new report (e.g. after fixing the source data the portal refused)""";

    private final Map<String, Command> commands;

    AgentCommands(List<Command> commands) {
        this.commands = commands.stream().collect(Collectors.toMap(Command::name, Function.identity()));
        if (!this.commands.keySet().equals(NAMES)) {
            throw new IllegalStateException("the commands " + this.commands.keySet() + " are not " + NAMES);
        }
    }

    /** @return the exit code: 0 done, 1 a period failed or the agent is unhealthy, 2 refused (the message says why) */
    public int run(ApplicationArguments args, PrintStream out, PrintStream err) {
        Command command = commands.get(String.join(" ", args.getNonOptionArgs()));
        if (command == null) {
            err.println(USAGE);
            return 2;
        }
        try {
            return command.run(new CommandOptions(args), out, err);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }
}
