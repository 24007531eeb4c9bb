package org.prr.portal.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import org.prr.model.signing.Ed25519Keys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The portal's own Ed25519 key ({@code portal.checkpoints.private-key-file}, one file shared by every instance): it
 * signs checkpoints and outbound webhooks, and its public half, published with every checkpoint export, verifies
 * both without the portal.
 */
@Component
public class PortalKey {

    private static final Logger log = LoggerFactory.getLogger(PortalKey.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    PortalKey(CheckpointSettings settings) {
        Ed25519Keys.KeyPairFile key = Ed25519Keys.loadOrGenerate(
                settings.privateKeyFile(), settings.generateIfMissing(), "portal.checkpoints.private-key-file");
        if (key.generated()) {
            log.warn(
                    "Generated a new checkpoint signing key (it signs webhooks too) in {}; back it up",
                    key.privateKeyFile().toAbsolutePath());
        }
        this.privateKey = key.privateKey();
        try {
            this.publicKey = Ed25519Keys.publicKeyFromPem(Files.readString(key.publicKeyFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "portal.checkpoints.private-key-file: its public half " + key.publicKeyFile() + " is not readable",
                    e);
        }
    }

    /** The signature of the bytes, base64. */
    public String sign(byte[] content) {
        return Base64.getEncoder().encodeToString(Ed25519Keys.sign(privateKey, content));
    }

    /** Whether {@code signature} (base64) is the portal's for the bytes; false for anything that is not base64. */
    boolean verify(byte[] content, String signature) {
        try {
            return Ed25519Keys.verify(publicKey, content, Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** The public half, base64 X.509. */
    public String publicKeyBase64() {
        return Ed25519Keys.toBase64(publicKey);
    }
}
