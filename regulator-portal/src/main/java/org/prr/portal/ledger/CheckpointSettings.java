package org.prr.portal.ledger;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's own Ed25519 key, which signs checkpoints of chain heads. Created on first start unless
 * {@code generateIfMissing} is off; back it up, since only its public half verifies checkpoints exported earlier.
 */
@Validated
@ConfigurationProperties("portal.checkpoints")
record CheckpointSettings(
        @DefaultValue("data/portal/keys/checkpoint-ed25519.pem") @NotNull Path privateKeyFile,
        @DefaultValue("true") boolean generateIfMissing) {}
