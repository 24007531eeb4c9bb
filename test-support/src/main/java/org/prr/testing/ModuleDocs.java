package org.prr.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * What each app's {@code ModularityTests} does with its modules: verify them, write Spring Modulith's documentation
 * (a C4 diagram and a canvas per module) to {@code docs/modules/<app>/}, and hold the Mermaid graph in
 * {@code docs/architecture.md} to the modules as they are.
 */
public final class ModuleDocs {

    private static final Path DOCS = Path.of("..", "docs");

    private ModuleDocs() {}

    /** The modules and their direct dependencies, in name order, as a Mermaid flowchart. */
    public static String mermaid(ApplicationModules modules) {
        StringBuilder graph = new StringBuilder("```mermaid\nflowchart LR\n");
        modules.stream()
                .sorted(Comparator.comparing(ApplicationModule::getName))
                .forEach(module -> {
                    String targets = module.getDirectDependencies(modules)
                            .uniqueModules()
                            .map(ApplicationModule::getName)
                            .sorted()
                            .collect(Collectors.joining(" & "));
                    graph.append("  ").append(module.getName());
                    if (!targets.isEmpty()) {
                        graph.append(" --> ").append(targets);
                    }
                    graph.append('\n');
                });
        return graph.append("```\n").toString();
    }

    /** Writes the Documenter's output for the app. */
    public static void write(ApplicationModules modules, String app) {
        new Documenter(
                        modules,
                        Documenter.Options.defaults()
                                .withOutputFolder(
                                        DOCS.resolve("modules").resolve(app).toString()))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
    }

    /**
     * The graph between {@code <!-- modules:app -->} and {@code <!-- /modules:app -->} in docs/architecture.md is
     * the graph of the code; when it is not, the failure shows the text to put there.
     */
    public static void assertArchitectureShows(ApplicationModules modules, String app) {
        String architecture;
        try {
            architecture = Files.readString(DOCS.resolve("architecture.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String start = "<!-- modules:" + app + " -->\n";
        String end = "<!-- /modules:" + app + " -->";
        assertThat(architecture).contains(start).contains(end);
        String shown = architecture.substring(architecture.indexOf(start) + start.length(), architecture.indexOf(end));
        assertThat(shown).as("the %s module graph in docs/architecture.md", app).isEqualTo(mermaid(modules));
    }
}
