package org.prr.agent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prr.agent.cli.AgentCommands;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AgentApplication {

    public static void main(String[] args) {
        Optional<String> command;
        try {
            command = command(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(AgentCommands.USAGE);
            System.exit(2);
            return;
        }
        if (command.isPresent()) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(AgentApplication.class, args);
    }

    /**
     * The command the arguments name, wherever it stands among the options ({@code --spring.profiles.active=demo
     * backfill ...} too), or empty for the service, which takes options only.
     *
     * @throws IllegalArgumentException for a word that is no command, so a typo never starts a second service
     */
    static Optional<String> command(String[] args) {
        List<String> words = Arrays.stream(joinOptionValues(args))
                .filter(a -> !a.startsWith("--"))
                .toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String command = String.join(" ", words);
        if (!AgentCommands.NAMES.contains(command)) {
            throw new IllegalArgumentException("'" + command + "' is not a command of the agent");
        }
        return Optional.of(command);
    }

    /**
     * A command: the agent's context without web server, scheduler or delivery, one command, then its exit code.
     * Options may be written {@code --from 2026-11-01} or {@code --from=2026-11-01}.
     */
    public static int runCommand(String... args) {
        String[] arguments = joinOptionValues(args);
        SpringApplication application = new SpringApplication(AgentApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(Map.of(
                "spring.quartz.auto-startup",
                "false",
                "camel.main.auto-startup",
                "false",
                "spring.main.banner-mode",
                "off",
                "logging.level.root",
                "WARN",
                "logging.level.org.prr",
                "INFO",
                "logging.level.org.apache.camel.spring.boot",
                "ERROR"));
        try (ConfigurableApplicationContext context = application.run(arguments)) {
            return context.getBean(AgentCommands.class)
                    .run(new DefaultApplicationArguments(arguments), System.out, System.err);
        }
    }

    static String[] joinOptionValues(String[] args) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            boolean bareOption = args[i].startsWith("--") && !args[i].contains("=");
            if (bareOption && i + 1 < args.length && !args[i + 1].startsWith("--")) {
                joined.add(args[i] + "=" + args[++i]);
            } else {
                joined.add(args[i]);
            }
        }
        return joined.toArray(String[]::new);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
