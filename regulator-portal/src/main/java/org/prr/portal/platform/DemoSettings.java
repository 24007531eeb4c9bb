package org.prr.portal.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The demo platform that the {@code demo} profile registers, with the public key its agent generated. */
@ConfigurationProperties("portal.demo")
record DemoSettings(
        @DefaultValue("demo-platform") String platformId,
        @DefaultValue("demo-key-1") String keyId,
        @DefaultValue("data/agent/keys/agent-ed25519.pub.pem") Path publicKeyFile) {}
