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

    protected StaffUser() {
    }

    StaffUser(String username, String passwordHash, String jurisdiction, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.jurisdiction = jurisdiction;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.enabled = true;
        this.createdAt = createdAt;
    }

    StaffPrincipal principal() {
        Set<Role> granted = Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toSet());
        return new StaffPrincipal(username, passwordHash, enabled, jurisdiction, granted);
    }
}
