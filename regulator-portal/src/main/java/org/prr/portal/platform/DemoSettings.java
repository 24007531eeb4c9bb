package org.prr.portal.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The demo platform that the {@code demo} profile registers, with the public key its agent generated. */
@Validated
@ConfigurationProperties("portal.demo")
record DemoSettings(
        @DefaultValue("demo-platform") @NotBlank String platformId,
        @DefaultValue("demo-key-1") @NotBlank String keyId,
        @DefaultValue("data/agent/keys/agent-ed25519.pub.pem") @NotNull Path publicKeyFile) {}
