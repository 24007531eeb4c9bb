package org.prr.portal.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

@Entity
class StaffUser {

    @Id
    private String username;

    private String passwordHash;
    private String jurisdiction;
    private String roles;
    private boolean enabled;
    private Instant createdAt;
    private int failedLogins;
    private Instant lockedUntil;
    private String platformId;

    protected StaffUser() {}

    StaffUser(
            String username,
            String passwordHash,
            String jurisdiction,
            Set<Role> roles,
            String platformId,
            Instant createdAt) {
        this.username = username;
        this.platformId = platformId;
        this.passwordHash = passwordHash;
        this.jurisdiction = jurisdiction;
        setRoles(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    StaffPrincipal principal(Instant now) {
        return new StaffPrincipal(username, passwordHash, enabled, !isLocked(now), jurisdiction, roles(), platformId);
    }

    StaffAccounts.Account account(Instant now) {
        return new StaffAccounts.Account(
                username, jurisdiction, roles(), platformId, enabled, isLocked(now) ? lockedUntil : null);
    }

    String getUsername() {
        return username;
    }

    String getPlatformId() {
        return platformId;
    }

    String getJurisdiction() {
        return jurisdiction;
    }

    Set<Role> roles() {
        return Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toSet());
    }

    private boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void setRoles(Set<Role> roles) {
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** Counts a wrong password; the {@code maxFailures}-th in a row locks the account until {@code lockedUntil}. */
    void failedLogin(int maxFailures, Instant lockUntil) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = lockUntil;
            failedLogins = 0;
        }
    }

    /** Forgets failed logins and lifts any lock: a right password does this, and so may an ADMIN. */
    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
