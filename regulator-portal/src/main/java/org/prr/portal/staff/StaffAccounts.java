package org.prr.portal.staff;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.prr.portal.errors.InvalidInput;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts as ADMINs manage them, within their jurisdiction (a national ADMIN manages all): create, list,
 * disable and enable, unlock, reset a password, change roles. Every change is audited with it; a change that takes
 * something away (disable, new password, fewer roles) also ends the person's web sessions. An ADMIN cannot disable
 * themself or drop their own ADMIN role, so a jurisdiction is never left without the person who could undo it.
 */
@Service
public class StaffAccounts {

    /**
     * An account as an ADMIN sees it; {@code platformId} is set for a platform's own account, {@code lockedUntil}
     * while wrong passwords keep it locked.
     */
    public record Account(
            String username,
            String jurisdiction,
            Set<Role> roles,
            String platformId,
            boolean enabled,
            Instant lockedUntil) {}

    private final StaffUsers users;
    private final PasswordEncoder passwordEncoder;
    private final StaffSettings settings;
    private final AuditTrail audit;
    private final SessionRegistry sessions;
    private final Validator validator;
    private final Clock clock;

    StaffAccounts(
            StaffUsers users,
            PasswordEncoder passwordEncoder,
            StaffSettings settings,
            AuditTrail audit,
            SessionRegistry sessions,
            Validator validator,
            Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
        this.audit = audit;
        this.sessions = sessions;
        this.validator = validator;
        this.clock = clock;
    }

    /** The accounts of the ADMIN's jurisdiction (of every jurisdiction for a national ADMIN), by name. */
    @Transactional(readOnly = true)
    public List<Account> visibleTo(StaffPrincipal admin) {
        admin.requireAnyOf(Role.ADMIN);
        Instant now = clock.instant();
        return users.findAll().stream()
                .filter(user -> admin.canSee(user.getJurisdiction()))
                .sorted(Comparator.comparing(StaffUser::getUsername))
                .map(user -> user.account(now))
                .toList();
    }

    /** A regulator staff account (roles VIEWER, ANALYST, ADMIN); platform accounts are made by {@link #createForPlatform}. */
    @Transactional
    public Account create(StaffPrincipal admin, NewStaffUser user) {
        if (user.roles() != null && user.roles().contains(Role.PLATFORM)) {
            throw InvalidInput.field(
                    "roles", "PLATFORM is the role of a platform's own account; make one on its platform");
        }
        return save(admin, user, null);
    }

    /**
     * A platform's own account (its compliance officer), role PLATFORM, in the platform's jurisdiction; the caller
     * has checked that the ADMIN sees the platform.
     */
    @Transactional
    public Account createForPlatform(
            StaffPrincipal admin, String platformId, String jurisdiction, String username, String password) {
        return save(admin, new NewStaffUser(username, password, jurisdiction, Set.of(Role.PLATFORM)), platformId);
    }

    private Account save(StaffPrincipal admin, NewStaffUser user, String platformId) {
        admin.requireAnyOf(Role.ADMIN);
        InvalidInput.check(validator, user);
        if (!admin.canSee(user.jurisdiction())) {
            throw OutsideJurisdiction.creating("staff", admin);
        }
        checkLength(user.password());
        if (users.existsById(user.username())) {
            throw StaffUserExists.withName(user.username());
        }
        StaffUser created = users.save(new StaffUser(
                user.username(),
                passwordEncoder.encode(user.password()),
                user.jurisdiction(),
                user.roles(),
                platformId,
                clock.instant()));
        audit.record(
                admin,
                AuditTrail.Action.STAFF_CREATED,
                user.username(),
                user.jurisdiction(),
                "roles " + sorted(user.roles()) + (platformId == null ? "" : ", platform " + platformId));
        return created.account(clock.instant());
    }

    @Transactional
    public void disable(StaffPrincipal admin, String username) {
        change(admin, username, AuditTrail.Action.STAFF_DISABLED, null, user -> {
            if (user.getUsername().equals(admin.getUsername())) {
                throw InvalidInput.field("username", "you cannot disable your own account");
            }
            user.setEnabled(false);
        });
        endSessions(username);
    }

    @Transactional
    public void enable(StaffPrincipal admin, String username) {
        change(admin, username, AuditTrail.Action.STAFF_ENABLED, null, user -> user.setEnabled(true));
    }

    /** Lifts the lock wrong passwords put on the account, and forgets the failures counted so far. */
    @Transactional
    public void unlock(StaffPrincipal admin, String username) {
        change(admin, username, AuditTrail.Action.STAFF_UNLOCKED, null, StaffUser::unlock);
    }

    /** Sets a new password (to be passed on to the person out of band) and lifts any lock. */
    @Transactional
    public void resetPassword(StaffPrincipal admin, String username, String password) {
        change(admin, username, AuditTrail.Action.PASSWORD_RESET, null, user -> {
            checkLength(password);
            user.setPasswordHash(passwordEncoder.encode(password));
            user.unlock();
        });
        endSessions(username);
    }

    @Transactional
    public void setRoles(StaffPrincipal admin, String username, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw InvalidInput.field("roles", "must name at least one role");
        }
        change(admin, username, AuditTrail.Action.ROLES_SET, "roles " + sorted(roles), user -> {
            if (user.getPlatformId() != null || roles.contains(Role.PLATFORM)) {
                throw InvalidInput.field(
                        "roles", "a platform's own account has the PLATFORM role only, and staff never");
            }
            if (user.getUsername().equals(admin.getUsername()) && !roles.contains(Role.ADMIN)) {
                throw InvalidInput.field("roles", "you cannot take the ADMIN role from yourself");
            }
            user.setRoles(roles);
        });
        endSessions(username);
    }

    private void change(
            StaffPrincipal admin,
            String username,
            AuditTrail.Action action,
            String detail,
            Consumer<StaffUser> change) {
        admin.requireAnyOf(Role.ADMIN);
        StaffUser user = users.findById(username == null ? "" : username)
                .filter(found -> admin.canSee(found.getJurisdiction()))
                .orElseThrow(() -> StaffNotFound.withName(username));
        change.accept(user);
        audit.record(admin, action, username, user.getJurisdiction(), detail);
    }

    private void checkLength(String password) {
        if (password == null || password.length() < settings.minPasswordLength() || password.length() > 200) {
            throw InvalidInput.field("password", "must be " + settings.minPasswordLength() + " to 200 characters");
        }
    }

    /** The person's open web sessions end: their next page asks them to sign in again. */
    private void endSessions(String username) {
        sessions.getAllPrincipals().stream()
                .filter(principal ->
                        principal instanceof User user && user.getUsername().equals(username))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
