package org.prr.agent.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import org.prr.agent.AgentSettings;
import org.prr.model.signing.Ed25519Keys;
import org.prr.model.signing.RequestSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the platform's Ed25519 private key, or creates a key pair on first start where that is allowed. */
@Configuration
class SigningKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyConfiguration.class);

    @Bean
    RequestSigner requestSigner(AgentSettings settings) throws IOException {
        AgentSettings.Signing signing = settings.signing();
        Path privateKeyFile = signing.privateKeyFile();
        if (!Files.exists(privateKeyFile)) {
            if (!signing.generateIfMissing()) {
                throw new IllegalStateException("agent.signing.private-key-file: " + privateKeyFile.toAbsolutePath()
                        + " does not exist; create the platform's key pair and register the public key with the "
                        + "portal (docs/agent-operations.md)");
            }
            generate(privateKeyFile, signing.publicKeyFile());
            log.info("Generated a new Ed25519 key pair in {}; the portal must register {} as key '{}' of platform {}",
                    privateKeyFile.toAbsolutePath().getParent(), signing.publicKeyFile().getFileName(),
                    signing.keyId(), settings.platformId());
        }
        try {
            PrivateKey key = Ed25519Keys.privateKeyFromPem(Files.readString(privateKeyFile));
            return new RequestSigner(key, settings.platformId(), signing.keyId());
        } catch (IllegalArgumentException | IOException e) {
            throw new IllegalStateException("agent.signing.private-key-file: " + privateKeyFile.toAbsolutePath()
                    + " is not a readable Ed25519 private key in PKCS#8 PEM form", e);
        }
    }

    /** Writes each file whole (temp file, then move), the private key readable by its owner only. */
    private static void generate(Path privateKeyFile, Path publicKeyFile) {
        KeyPair pair = Ed25519Keys.generate();
        try {
            Path dir = privateKeyFile.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "key", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                log.warn("Cannot restrict the permissions of {} on this file system", privateKeyFile);
            }
            Files.writeString(tmp, Ed25519Keys.toPem(pair.getPrivate()));
            Files.move(tmp, privateKeyFile, StandardCopyOption.ATOMIC_MOVE);
            Path pubTmp = Files.createTempFile(dir, "key", ".tmp");
            Files.writeString(pubTmp, Ed25519Keys.toPem(pair.getPublic()));
            Files.move(pubTmp, publicKeyFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a new key pair to " + privateKeyFile, e);
        }
    }
}
