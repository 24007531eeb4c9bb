package org.prr.portal.staff;

import java.util.Set;

/** Staff principals for web slices, as the login would make them. */
public final class TestStaff {

    private TestStaff() {}

    public static StaffPrincipal of(String username, String jurisdiction, Role... roles) {
        return new StaffPrincipal(username, "", true, true, jurisdiction, Set.of(roles), null);
    }
}
