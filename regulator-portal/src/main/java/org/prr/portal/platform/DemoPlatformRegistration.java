package org.prr.portal.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import org.prr.model.signing.Ed25519Keys;
import org.prr.portal.staff.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the demo profile, registers the demo platform (Chongqing, CN-50) and its agent's public key before the portal
 * serves requests, so the demo agent's first report is accepted.
 */
@Component
@Profile("demo")
class DemoPlatformRegistration implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoPlatformRegistration.class);

    private final PlatformRegistry registry;
    private final DemoSettings settings;

    DemoPlatformRegistration(PlatformRegistry registry, DemoSettings settings) {
        this.registry = registry;
        this.settings = settings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (registry.exists(settings.platformId())) {
            return;
        }
        if (!Files.isReadable(settings.publicKeyFile())) {
            throw new IllegalStateException(
                    "portal.demo.public-key-file: " + settings.publicKeyFile().toAbsolutePath()
                            + " is not readable; start the demo agent first (it writes its key there), or run ./demo.sh");
        }
        String publicKey;
        try {
            publicKey = Ed25519Keys.toBase64(Ed25519Keys.publicKeyFromPem(Files.readString(settings.publicKeyFile())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StaffPrincipal demo = StaffPrincipal.system("demo");
        registry.register(
                demo,
                new PlatformRegistration(
                        settings.platformId(),
                        "Demo video platform",
                        "CN-50",
                        Tier.KEY,
                        new PlatformRegistration.Contact("Demo compliance desk", "compliance@demo.example", null)));
        registry.addKey(
                demo,
                settings.platformId(),
                new KeyRegistration(settings.keyId(), Ed25519Keys.ALGORITHM, publicKey, Instant.EPOCH, null));
        log.info(
                "Demo: registered platform {} with key {} from {}",
                settings.platformId(),
                settings.keyId(),
                settings.publicKeyFile());
    }
}
