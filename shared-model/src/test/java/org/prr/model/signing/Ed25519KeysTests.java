package org.prr.model.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ed25519KeysTests {

    @TempDir
    Path dir;

    @Test
    void generatesAPairOnceAndLoadsTheSameKeyAfterwards() throws Exception {
        Path file = dir.resolve("keys/agent.pem");

        Ed25519Keys.KeyPairFile first = Ed25519Keys.loadOrGenerate(file, true, "agent.signing.private-key-file");
        Ed25519Keys.KeyPairFile again = Ed25519Keys.loadOrGenerate(file, true, "agent.signing.private-key-file");

        assertThat(first.generated()).isTrue();
        assertThat(again.generated()).isFalse();
        assertThat(again.privateKey()).isEqualTo(first.privateKey());
        assertThat(first.publicKeyFile()).isEqualTo(dir.resolve("keys/agent.pub.pem"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        byte[] data = "checkpoint".getBytes(StandardCharsets.UTF_8);
        byte[] signature = Ed25519Keys.sign(first.privateKey(), data);
        assertThat(Ed25519Keys.verify(
                        Ed25519Keys.publicKeyFromPem(Files.readString(first.publicKeyFile())), data, signature))
                .isTrue();
    }

    @Test
    void namesTheSettingWhenTheFileIsMissingOrNotAKey() throws Exception {
        assertThatThrownBy(() -> Ed25519Keys.loadOrGenerate(dir.resolve("none.pem"), false, "x.key-file"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("x.key-file: ")
                .hasMessageContaining("does not exist");
        Path garbage = Files.writeString(dir.resolve("garbage.pem"), "not a key");
        assertThatThrownBy(() -> Ed25519Keys.loadOrGenerate(garbage, true, "x.key-file"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a readable Ed25519 private key");
    }
}
