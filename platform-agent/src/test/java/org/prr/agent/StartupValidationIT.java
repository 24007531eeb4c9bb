package org.prr.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prr.testing.FreshMariaDbDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Settings a platform gets wrong stop the agent at start-up with a message that names the setting. */
class StartupValidationIT {

    /** Every message in the chain of causes, as a person reading the start-up failure sees them. */
    static String messages(Throwable t) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }

    static void start(String... properties) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String property : List.of(
                "agent.platform-id=it-platform",
                "agent.signing.key-id=k1",
                "agent.signing.generate-if-missing=true",
                "agent.signing.private-key-file=target/it-keys/" + UUID.randomUUID() + "/agent.pem",
                "spring.quartz.auto-startup=false",
                "camel.main.auto-startup=false")) {
            arguments.put(property.substring(0, property.indexOf('=')), property);
        }
        for (String property : properties) {
            arguments.put(property.substring(0, property.indexOf('=')), property);
        }
        new SpringApplicationBuilder(AgentApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(new FreshMariaDbDatabase())
                .run(arguments.values().stream().map(a -> "--" + a).toArray(String[]::new))
                .close();
    }

    @Test
    void anUnknownFamily() {
        assertThatThrownBy(() -> start("agent.families.complaintz.records.kind=jdbc"))
                .satisfies(
                        e -> assertThat(messages(e)).contains("agent.families").contains("complaintz"));
    }

    @Test
    void sqlWithoutAColumnOfTheContract() {
        assertThatThrownBy(() -> start(
                        "agent.families.complaints.records.kind=jdbc",
                        "agent.families.complaints.records.sql=SELECT 'c1' AS complaint_id, NOW() AS received_at"))
                .satisfies(
                        e -> assertThat(messages(e))
                                .contains(
                                        "agent.families.complaints.records.sql does not return the column(s) channel, category"));
    }

    @Test
    void aDropDirectoryThatIsNotThere() {
        assertThatThrownBy(() -> start(
                        "agent.families.takedowns.records.kind=files",
                        "agent.families.takedowns.records.directory=/nonexistent/drops"))
                .satisfies(e -> assertThat(messages(e))
                        .contains("agent.families.takedowns.records.directory must be a readable directory"));
    }

    @Test
    void anUnreadablePrivateKey() throws IOException {
        Path key = Files.createTempFile("agent-key", ".pem");
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> start("agent.signing.private-key-file=" + key))
                .satisfies(e -> assertThat(messages(e)).contains("agent.signing.private-key-file"));
    }
}
