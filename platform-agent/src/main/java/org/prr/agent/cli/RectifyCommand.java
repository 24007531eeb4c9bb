package org.prr.agent.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.prr.agent.outbox.InvalidDocument;
import org.prr.agent.rectification.Rectifications;
import org.prr.model.RectificationReport;
import org.springframework.stereotype.Component;

/** {@code rectify}: report what the platform did about a rectification order, with its evidence's hashes. */
@Component
class RectifyCommand implements Command {

    private final Rectifications rectifications;

    RectifyCommand(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @Override
    public String name() {
        return "rectify";
    }

    @Override
    public int run(CommandOptions options, PrintStream out, PrintStream err) {
        List<Path> evidence = options.all("evidence").stream().map(Path::of).toList();
        for (Path file : evidence) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                err.println("--evidence " + file + " is not a file this agent can read");
                return 2;
            }
        }
        try {
            RectificationReport report = rectifications.report(
                    options.id("case"), options.required("by"), options.required("text"), evidence);
            out.println("rectification report " + report.reportId() + " on case " + report.caseId() + " queued with "
                    + report.evidence().size() + " piece(s) of evidence; the running agent sends it to the portal");
            report.evidence().forEach(e -> out.println("  " + e.sha256() + "  " + e.name()));
            return 0;
        } catch (Rectifications.Unknown e) {
            err.println(e.getMessage());
            return 2;
        } catch (InvalidDocument e) {
            err.println("the report was not queued: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println(e.getMessage() + ": " + e.getCause().getMessage());
            return 2;
        }
    }
}
