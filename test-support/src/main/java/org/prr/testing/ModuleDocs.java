package org.prr.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /**
     * Writes the Documenter's output for the app. Its relations come in no fixed order, so they are sorted, and the
     * diagram changes only when the modules do.
     */
    public static void write(ApplicationModules modules, String app) {
        Path folder = DOCS.resolve("modules").resolve(app);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
        Path diagram = folder.resolve("components.puml");
        try {
            List<String> lines = Files.readAllLines(diagram);
            int first = lines.indexOf(lines.stream()
                    .filter(line -> line.startsWith("Rel("))
                    .findFirst()
                    .orElse(""));
            List<String> relations = lines.stream()
                    .filter(line -> line.startsWith("Rel("))
                    .sorted()
                    .toList();
            List<String> sorted = new ArrayList<>(
                    lines.stream().filter(line -> !line.startsWith("Rel(")).toList());
            sorted.addAll(first < 0 ? sorted.size() : first, relations);
            Files.write(diagram, sorted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
