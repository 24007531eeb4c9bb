package org.prr.portal.ledger;

/** What a ledger entry records. */
public enum EntryType {
    REPORT_ACCEPTED,
    REPORT_AMENDED,
    INCIDENT_REPORTED,
    INCIDENT_UPDATED,
    INCIDENT_ACKNOWLEDGED,
    NOTICE_ISSUED,
    /** The platform's agent received the notice (its automatic receipt). */
    NOTICE_DELIVERED,
    /** A named person at the platform acknowledged the notice, perhaps with a reply. */
    NOTICE_ACKNOWLEDGED,
    GAP_FLAGGED,
    GAP_ACKNOWLEDGED,
    GAP_WAIVED,
    GAP_RESOLVED,
    ENFORCEMENT_ACTION,
    NOTE
}
