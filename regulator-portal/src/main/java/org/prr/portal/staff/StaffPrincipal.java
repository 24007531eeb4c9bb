package org.prr.portal.staff;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A logged-in staff member: one jurisdiction (e.g. CN-50) or the national level (CN). */
public class StaffPrincipal extends User {

    public static final String NATIONAL = "CN";

    private final String jurisdiction;

    StaffPrincipal(
            String username,
            String passwordHash,
            boolean enabled,
            boolean nonLocked,
            String jurisdiction,
            Set<Role> roles) {
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
    }

    /** The portal itself acting at start-up (the demo registration), as it appears in the audit trail. */
    public static StaffPrincipal system(String name) {
        return new StaffPrincipal("system:" + name, "", false, false, NATIONAL, Set.of(Role.ADMIN));
    }

    /** The portal itself acting in the name of one jurisdiction's ADMIN (the demo's history of a jurisdiction). */
    public static StaffPrincipal system(String name, String jurisdiction) {
        return new StaffPrincipal("system:" + name, "", false, false, jurisdiction, Set.of(Role.ADMIN));
    }

    public String getJurisdiction() {
        return jurisdiction;
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

    /** The national level sees every jurisdiction; everyone else sees only their own. */
    public boolean canSee(String platformJurisdiction) {
        return isNational() || jurisdiction.equals(platformJurisdiction);
    }
}
