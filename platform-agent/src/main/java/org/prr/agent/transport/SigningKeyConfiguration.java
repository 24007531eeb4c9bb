package org.prr.agent.transport;

import org.prr.agent.settings.AgentSettings;
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
    RequestSigner requestSigner(AgentSettings settings) {
        AgentSettings.Signing signing = settings.signing();
        Ed25519Keys.KeyPairFile key;
        try {
            key = Ed25519Keys.loadOrGenerate(
                    signing.privateKeyFile(), signing.generateIfMissing(), "agent.signing.private-key-file");
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    e.getMessage() + "; create the platform's key pair and register the "
                            + "public key with the portal (docs/agent-operations.md)",
                    e);
        }
        if (key.generated()) {
            log.info(
                    "Generated a new Ed25519 key pair; the portal must register {} as key '{}' of platform {}",
                    key.publicKeyFile().toAbsolutePath(),
                    signing.keyId(),
                    settings.platformId());
        }
        return new RequestSigner(key.privateKey(), settings.platformId(), signing.keyId());
    }
}
