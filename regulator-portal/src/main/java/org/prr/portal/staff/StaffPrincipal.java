package org.prr.portal.staff;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A logged-in staff member: one jurisdiction (e.g. CN-50) or the national level (CN). */
public class StaffPrincipal extends User {

    public static final String NATIONAL = "CN";

    private final String jurisdiction;

    StaffPrincipal(String username, String passwordHash, boolean enabled, String jurisdiction, Set<Role> roles) {
        super(username, passwordHash, enabled, true, true, true,
                roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).collect(Collectors.toSet()));
        this.jurisdiction = jurisdiction;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    /** The national level sees every jurisdiction; everyone else sees only their own. */
    public boolean canSee(String platformJurisdiction) {
        return NATIONAL.equals(jurisdiction) || jurisdiction.equals(platformJurisdiction);
    }
}
