package org.prr.portal;

import java.time.Clock;
import java.util.Map;
import org.prr.portal.cli.AdminCommands;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("admin")) {
            System.exit(runAdminCommand(args));
        }
        SpringApplication.run(PortalApplication.class, args);
    }

    /**
     * {@code admin ...}: the portal's context without a web server, without the scheduler (a command must not join
     * the instances' evaluation cluster) and with its Camel routes stopped (a command sends no notification), one
     * command, then its exit code.
     */
    public static int runAdminCommand(String... args) {
        SpringApplication application = new SpringApplication(PortalApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(Map.of(
                "spring.autoconfigure.exclude",
                "org.springframework.boot.autoconfigure.quartz.QuartzAutoConfiguration",
                "camel.main.auto-startup",
                "false"));
        try (ConfigurableApplicationContext context = application.run(args)) {
            return context.getBean(AdminCommands.class)
                    .run(new DefaultApplicationArguments(args), System.out, System.err);
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
