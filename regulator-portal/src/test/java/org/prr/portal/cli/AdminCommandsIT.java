package org.prr.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.prr.model.signing.Ed25519Keys;
import org.prr.portal.PortalApplication;
import org.prr.testing.FreshMariaDbDatabase;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The admin CLI as an operator runs it: the portal's main with "admin ...", against MariaDB. */
@ExtendWith(OutputCaptureExtension.class)
class AdminCommandsIT {

    static final String DATABASE = FreshMariaDbDatabase.create();

    @TempDir
    Path dir;

    private static int admin(String... words) {
        String[] args = new String[words.length + 4];
        System.arraycopy(words, 0, args, 0, words.length);
        args[words.length] = "--spring.datasource.url=" + FreshMariaDbDatabase.url(DATABASE);
        args[words.length + 1] = "--spring.datasource.username=root";
        args[words.length + 2] = "--portal.checkpoints.private-key-file=target/it-keys/checkpoint-ed25519.pem";
        args[words.length + 3] = "--logging.level.root=WARN";
        return PortalApplication.runAdminCommand(args);
    }

    @Test
    void registersAPlatformAddsAndRevokesItsKeyAndListsIt(CapturedOutput output) throws Exception {
        String id = "cli-" + UUID.randomUUID().toString().substring(0, 8);
        Path publicKey = Files.writeString(
                dir.resolve("p.pub.pem"),
                Ed25519Keys.toPem(Ed25519Keys.generate().getPublic()));

        assertThat(admin(
                        "admin",
                        "platform",
                        "register",
                        "--id=" + id,
                        "--name=CLI video",
                        "--jurisdiction=CN-50",
                        "--tier=KEY"))
                .isZero();
        assertThat(admin(
                        "admin",
                        "platform",
                        "add-key",
                        "--id=" + id,
                        "--key-id=" + id + "-k1",
                        "--public-key-file=" + publicKey))
                .isZero();
        assertThat(admin("admin", "platform", "revoke-key", "--id=" + id, "--key-id=" + id + "-k1"))
                .isZero();
        assertThat(admin("admin", "platform", "list")).isZero();
        assertThat(admin("admin", "figures", "rebuild")).isZero();

        assertThat(output.getOut())
                .contains("registered " + id + " (CN-50, KEY)")
                .contains("added key " + id + "-k1 to " + id)
                .contains("revoked key " + id + "-k1 of " + id)
                .contains(id + "\tCN-50\tKEY\tCLI video")
                .contains("rebuilt the figures of 0 reported periods from the ledger");
    }

    @Test
    void refusesBadInputWithAReadableMessageAndExitCodeTwo(CapturedOutput output) {
        assertThat(admin(
                        "admin",
                        "platform",
                        "register",
                        "--id=Bad Id",
                        "--name=x",
                        "--jurisdiction=Chongqing",
                        "--tier=KEY"))
                .isEqualTo(2);
        assertThat(admin("admin", "platform", "register", "--id=x")).isEqualTo(2);
        assertThat(admin("admin", "platform", "revoke-key", "--id=nobody", "--key-id=k"))
                .isEqualTo(2);
        assertThat(admin("admin", "platform", "fly")).isEqualTo(2);

        assertThat(output.getErr())
                .contains("refused: --jurisdiction must be CN or CN-nn")
                .contains("--platformId must be lower-case letters")
                .contains("refused: --name is required")
                .contains("refused: no platform nobody")
                .contains("usage: java -jar regulator-portal.jar admin")
                .doesNotContain("Exception");
    }
}
