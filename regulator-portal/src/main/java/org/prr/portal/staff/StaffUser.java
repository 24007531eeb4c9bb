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

    protected StaffUser() {}

    StaffUser(String username, String passwordHash, String jurisdiction, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.jurisdiction = jurisdiction;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.enabled = true;
        this.createdAt = createdAt;
    }

    StaffPrincipal principal(Instant now) {
        Set<Role> granted = Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toSet());
        boolean nonLocked = lockedUntil == null || !now.isBefore(lockedUntil);
        return new StaffPrincipal(username, passwordHash, enabled, nonLocked, jurisdiction, granted);
    }

    /** Counts a wrong password; the {@code maxFailures}-th in a row locks the account until {@code lockedUntil}. */
    void failedLogin(int maxFailures, Instant lockUntil) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = lockUntil;
            failedLogins = 0;
        }
    }

    void succeededLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
