package org.prr.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A portal that creates its checkpoint key on start says where it is, and never what it is. */
@ExtendWith(OutputCaptureExtension.class)
@PortalIntegrationTest
class NoSecretsInLogIT {

    static final Path KEY = Path.of("target/it-keys/" + UUID.randomUUID() + "/checkpoint.pem");

    @DynamicPropertySource
    static void freshCheckpointKey(DynamicPropertyRegistry registry) {
        registry.add("portal.checkpoints.private-key-file", KEY::toString);
    }

    @Test
    void logsWhereTheCheckpointKeyIsButNoPartOfIt(CapturedOutput output) throws Exception {
        String pem = Files.readString(KEY);

        assertThat(output.getAll()).contains("checkpoint signing key").doesNotContain("PRIVATE KEY");
        for (String line : pem.split("\n")) {
            if (!line.startsWith("-----")) {
                assertThat(output.getAll()).doesNotContain(line);
            }
        }
    }
}
