package org.prr.portal.staff;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A logged-in staff member: one jurisdiction (e.g. CN-50) or the national level (CN); or a platform's own account
 * ({@link #getPlatformId()} set, role PLATFORM), which sees no jurisdiction at all: its pages read its own platform
 * through {@link #ownPlatformReader()}.
 */
public class StaffPrincipal extends User {

    public static final String NATIONAL = "CN";

    private final String jurisdiction;
    private final String platformId;

    StaffPrincipal(
            String username,
            String passwordHash,
            boolean enabled,
            boolean nonLocked,
            String jurisdiction,
            Set<Role> roles,
            String platformId) {
        super(
                username,
                passwordHash,
                enabled,
                true,
                true,
                nonLocked,
                roles.stream()
                        .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                        .collect(Collectors.toSet()));
        this.jurisdiction = jurisdiction;
        this.platformId = platformId;
    }

    /** The portal itself acting at start-up (the demo registration), as it appears in the audit trail. */
    public static StaffPrincipal system(String name) {
        return new StaffPrincipal("system:" + name, "", false, false, NATIONAL, Set.of(Role.ADMIN), null);
    }

    /** The portal itself acting in the name of one jurisdiction's ADMIN (the demo's history of a jurisdiction). */
    public static StaffPrincipal system(String name, String jurisdiction) {
        return new StaffPrincipal("system:" + name, "", false, false, jurisdiction, Set.of(Role.ADMIN), null);
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    /** The platform a platform's own account belongs to; null for staff. */
    public String getPlatformId() {
        return platformId;
    }

    /**
     * For a platform's own account: a VIEWER of its platform's jurisdiction named after it, for the own pages, which
     * ask the services for this one platform only (they never pass another platform's id, nor list a jurisdiction).
     *
     * @throws RoleRequired for staff
     */
    public StaffPrincipal ownPlatformReader() {
        if (platformId == null) {
            throw RoleRequired.anyOf(Role.PLATFORM);
        }
        return new StaffPrincipal("platform:" + getUsername(), "", true, true, jurisdiction, Set.of(Role.VIEWER), null);
    }

    public boolean isNational() {
        return NATIONAL.equals(jurisdiction);
    }

    /** @throws RoleRequired unless the caller holds one of the roles */
    public void requireAnyOf(Role... roles) {
        for (Role role : roles) {
            if (getAuthorities().contains(new SimpleGrantedAuthority("ROLE_" + role.name()))) {
                return;
            }
        }
        throw RoleRequired.anyOf(roles);
    }

    /** The national level sees every jurisdiction; other staff only their own; a platform's account none. */
    public boolean canSee(String platformJurisdiction) {
        return platformId == null && (isNational() || jurisdiction.equals(platformJurisdiction));
    }
}
