package org.prr.portal.staff;

/** What a regulator staff member may do within their jurisdiction. */
public enum Role {
    VIEWER,
    ANALYST,
    ADMIN
}
