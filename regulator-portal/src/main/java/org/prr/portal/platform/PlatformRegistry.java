package org.prr.portal.platform;

import jakarta.validation.Validator;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.prr.model.signing.Ed25519Keys;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.jdbc.UtcColumns;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.OutsideJurisdiction;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.StaffAccounts;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platforms the regulator knows, and the keys they sign with. Staff act only within their jurisdiction: a
 * platform outside it is answered as if it did not exist. Changes are for ADMINs, checked here whether they come
 * from the API or the web UI, and each is audited in its own transaction.
 */
@Service
public class PlatformRegistry {

    /** How stale a platform's last contact time may be. */
    private static final Duration CONTACT_RESOLUTION = Duration.ofMinutes(1);

    private final Platforms platforms;
    private final PlatformKeys keys;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final StaffAccounts accounts;
    private final JdbcTemplate jdbc;
    private final Validator validator;
    private final Clock clock;
    private final Map<String, PublicKey> decodedKeys = new ConcurrentHashMap<>();
    /** When this instance last wrote each platform's contact time. */
    private final Map<String, Instant> contactWritten = new ConcurrentHashMap<>();

    PlatformRegistry(
            Platforms platforms,
            PlatformKeys keys,
            ApplicationEventPublisher events,
            AuditTrail audit,
            StaffAccounts accounts,
            JdbcTemplate jdbc,
            Validator validator,
            Clock clock) {
        this.platforms = platforms;
        this.keys = keys;
        this.events = events;
        this.audit = audit;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.validator = validator;
        this.clock = clock;
    }

    /** ADMIN: the platform's own accounts (its compliance officers), which read their own platform only. */
    @Transactional(readOnly = true)
    public List<StaffAccounts.Account> accounts(StaffPrincipal admin, String platformId) {
        visible(admin, platformId);
        return accounts.visibleTo(admin).stream()
                .filter(account -> platformId.equals(account.platformId()))
                .toList();
    }

    /** ADMIN: an account for one of the platform's compliance officers, in the platform's jurisdiction. */
    @Transactional
    public StaffAccounts.Account createAccount(
            StaffPrincipal admin, String platformId, String username, String password) {
        Platform platform = visible(admin, platformId);
        return accounts.createForPlatform(admin, platformId, platform.getJurisdiction(), username, password);
    }

    /** Registers a platform; listeners (the ledger) see {@link PlatformRegistered} in the same transaction. */
    @Transactional
    public Platform register(StaffPrincipal by, PlatformRegistration registration) {
        by.requireAnyOf(Role.ADMIN);
        InvalidInput.check(validator, registration);
        if (!by.canSee(registration.jurisdiction())) {
            throw OutsideJurisdiction.creating("platforms", by);
        }
        if (platforms.existsById(registration.platformId())) {
            throw AlreadyRegistered.platform(registration.platformId());
        }
        // Flushed now: listeners write with plain SQL (the ledger's head row refers to this one).
        Platform platform = platforms.saveAndFlush(new Platform(registration, clock.instant()));
        events.publishEvent(new PlatformRegistered(platform.getPlatformId()));
        audit.record(
                by,
                AuditTrail.Action.PLATFORM_REGISTERED,
                platform.getPlatformId(),
                platform.getJurisdiction(),
                platform.getName());
        return platform;
    }

    @Transactional
    public void addKey(StaffPrincipal by, String platformId, KeyRegistration registration) {
        by.requireAnyOf(Role.ADMIN);
        InvalidInput.check(validator, registration);
        Platform platform = visible(by, platformId);
        if (keys.existsById(new PlatformKey.Id(platformId, registration.keyId()))) {
            throw AlreadyRegistered.key(platformId, registration.keyId());
        }
        PlatformKey key = new PlatformKey(platformId, registration, clock.instant());
        try {
            key.publicKey();
        } catch (IllegalArgumentException e) {
            throw InvalidInput.field("publicKey", "must be a base64 X.509 SubjectPublicKeyInfo of an Ed25519 key");
        }
        keys.save(key);
        audit.record(
                by,
                AuditTrail.Action.KEY_ADDED,
                platformId + "/" + registration.keyId(),
                platform.getJurisdiction(),
                "valid " + registration.notBefore() + " to " + registration.notAfter());
    }

    /** From now on, requests signed with the key are refused. Revoking twice changes nothing. */
    @Transactional
    public void revokeKey(StaffPrincipal by, String platformId, String keyId) {
        by.requireAnyOf(Role.ADMIN);
        Platform platform = visible(by, platformId);
        PlatformKey key = keys.findById(new PlatformKey.Id(platformId, keyId))
                .orElseThrow(() -> KeyNotFound.forId(platformId, keyId));
        key.revoke(clock.instant());
        audit.record(by, AuditTrail.Action.KEY_REVOKED, platformId + "/" + keyId, platform.getJurisdiction(), null);
    }

    /** The platform if the caller's jurisdiction covers it; otherwise 404, exactly as for an unknown one. */
    @Transactional(readOnly = true)
    public Platform visible(StaffPrincipal by, String platformId) {
        return platforms
                .findById(platformId)
                .filter(platform -> by.canSee(platform.getJurisdiction()))
                .orElseThrow(() -> PlatformNotFound.inJurisdictionOfCaller(platformId));
    }

    @Transactional(readOnly = true)
    public List<Platform> visibleTo(StaffPrincipal by) {
        return by.isNational()
                ? platforms.findAllByOrderByPlatformId()
                : platforms.findByJurisdictionOrderByPlatformId(by.getJurisdiction());
    }

    @Transactional(readOnly = true)
    public List<KeyView> keys(String platformId) {
        return keys.findByPlatformIdOrderByKeyId(platformId).stream()
                .map(k -> k.view(clock.instant()))
                .toList();
    }

    /** For calls already authenticated as the platform itself. */
    @Transactional(readOnly = true)
    public Platform registered(String platformId) {
        return platforms.findById(platformId).orElseThrow(() -> PlatformNotFound.forId(platformId));
    }

    @Transactional(readOnly = true)
    public boolean exists(String platformId) {
        return platforms.existsById(platformId);
    }

    /**
     * Looked up for every signed request, so in one SQL query; validity (window, revocation) is read each time, and
     * only the decoding of the key's bytes is cached.
     */
    public Optional<SigningKey> signingKey(String platformId, String keyId) {
        Instant now = clock.instant();
        return jdbc
                .query(
                        "SELECT public_key, not_before, not_after, revoked_at FROM platform_key "
                                + "WHERE platform_id = ? AND key_id = ?",
                        (row, n) -> {
                            boolean valid = PlatformKey.isValid(
                                    now,
                                    UtcColumns.instant(row, "not_before"),
                                    UtcColumns.instant(row, "not_after"),
                                    UtcColumns.instant(row, "revoked_at"));
                            PublicKey key = decodedKeys.computeIfAbsent(
                                    row.getString("public_key"), Ed25519Keys::publicKeyFromBase64);
                            return new SigningKey(keyId, key, valid);
                        },
                        platformId,
                        keyId)
                .stream()
                .findFirst();
    }

    /**
     * The platform's agent made an authenticated call now. Written at most once per {@link #CONTACT_RESOLUTION} per
     * platform by this instance, outside any transaction of the call, so the intake's pace does not depend on it.
     */
    public void contacted(String platformId) {
        Instant now = clock.instant();
        Instant written = contactWritten.get(platformId);
        if (written != null && written.plus(CONTACT_RESOLUTION).isAfter(now)) {
            return;
        }
        contactWritten.put(platformId, now);
        jdbc.update(
                "UPDATE platform SET last_contact_at = ? WHERE platform_id = ?", UtcColumns.toColumn(now), platformId);
    }
}
