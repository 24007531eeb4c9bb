package org.prr.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The agent started from its packaged jar as a separate process, so a test can kill it without warning. */
final class AgentProcess implements AutoCloseable {

    private static final Pattern TOMCAT_STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    private final Process process;
    private final Path log;

    private AgentProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** @param arguments Spring properties as {@code name=value}, passed as command-line arguments */
    static AgentProcess start(Path workDir, String logName, List<String> arguments) throws IOException {
        Path jar = Path.of(System.getProperty("agent.jar", "target/missing.jar"));
        assertThat(jar)
                .as("the agent's packaged jar; build it first: ./mvnw -pl platform-agent package")
                .isRegularFile();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toAbsolutePath().toString()));
        arguments.forEach(a -> command.add("--" + a));
        Path log = workDir.resolve(logName);
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new AgentProcess(process, log);
    }

    Path log() {
        return log;
    }

    /** The port its web server took (it is started on port 0), from its log; 0 until it has started. */
    int port() throws IOException {
        Matcher started = TOMCAT_STARTED.matcher(Files.readString(log));
        return started.find() ? Integer.parseInt(started.group(1)) : 0;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hooks, no graceful stop of routes or transactions. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
