package org.prr.agent.cli;

import java.io.PrintStream;

/** One command of the agent's command line; {@link AgentCommands} finds it by its name. */
interface Command {

    String name();

    /** @return the exit code: 0 done, 1 a period failed or the agent is unhealthy, 2 refused (err says why) */
    int run(CommandOptions options, PrintStream out, PrintStream err);
}
