package org.prr.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prr.agent.settings.AgentSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/** An agent that creates its key on start says where it is, and never what it is. */
@ExtendWith(OutputCaptureExtension.class)
@AgentIntegrationTest
@TestPropertySource(properties = {"agent.signing.key-id=it-key-log", "camel.main.auto-startup=false"})
class NoSecretsInLogIT {

    @Autowired
    AgentSettings settings;

    @Test
    void logsWhereTheNewKeyIsButNoPartOfThePrivateKey(CapturedOutput output) throws Exception {
        String pem = Files.readString(settings.signing().privateKeyFile());
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replace("\n", "");

        assertThat(output.getAll()).contains("Generated a new Ed25519 key pair");
        for (String line : pem.split("\n")) {
            if (!line.startsWith("-----")) {
                assertThat(output.getAll()).doesNotContain(line);
            }
        }
        assertThat(output.getAll()).doesNotContain(body).doesNotContain("PRIVATE KEY");
    }
}
