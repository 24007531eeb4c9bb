package org.prr.portal.outbound;

/** How a duty contact is told. */
public enum Channel {
    /** An e-mail address. */
    EMAIL,
    /** An http(s) URL the portal POSTs the notification to as JSON, signed with the portal's key. */
    WEBHOOK
}
