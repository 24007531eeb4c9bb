package org.prr.portal.staff;

import java.util.List;

/**
 * What a regulator staff member may do within their jurisdiction; and PLATFORM, the one role of a platform's own
 * account, which reads its own platform only.
 */
public enum Role {
    VIEWER,
    ANALYST,
    ADMIN,
    PLATFORM;

    /** The regulator's roles: every staff page and call needs one of them. */
    public static final List<Role> STAFF = List.of(VIEWER, ANALYST, ADMIN);
}
