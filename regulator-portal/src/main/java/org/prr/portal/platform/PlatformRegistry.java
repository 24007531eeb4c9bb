package org.prr.portal.platform;

import java.time.Clock;
import java.util.Optional;
import org.prr.portal.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The platforms the regulator knows, and the keys they sign with. */
@Service
public class PlatformRegistry {

    private final Platforms platforms;
    private final PlatformKeys keys;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlatformRegistry(Platforms platforms, PlatformKeys keys, ApplicationEventPublisher events, Clock clock) {
        this.platforms = platforms;
        this.keys = keys;
        this.events = events;
        this.clock = clock;
    }

    /** Registers a platform; listeners (the ledger) see {@link PlatformRegistered} in the same transaction. */
    @Transactional
    public Platform register(PlatformRegistration registration) {
        if (platforms.existsById(registration.platformId())) {
            throw ApiProblem.conflict("platform " + registration.platformId() + " is already registered");
        }
        Platform platform = platforms.save(new Platform(registration, clock.instant()));
        events.publishEvent(new PlatformRegistered(platform.getPlatformId()));
        return platform;
    }

    @Transactional
    public void addKey(String platformId, KeyRegistration registration) {
        if (!platforms.existsById(platformId)) {
            throw ApiProblem.notFound("no platform " + platformId);
        }
        if (keys.existsById(registration.keyId())) {
            throw ApiProblem.conflict("key id " + registration.keyId() + " is already registered");
        }
        try {
            new PlatformKey(platformId, registration, clock.instant()).publicKey();
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("publicKey", "must be a base64 X.509 SubjectPublicKeyInfo of an Ed25519 key");
        }
        keys.save(new PlatformKey(platformId, registration, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<Platform> find(String platformId) {
        return platforms.findById(platformId);
    }

    @Transactional(readOnly = true)
    public Optional<SigningKey> signingKey(String keyId) {
        return keys.findById(keyId).map(k -> new SigningKey(keyId, k.getPlatformId(), k.publicKey(),
                k.isValidAt(clock.instant())));
    }
}
