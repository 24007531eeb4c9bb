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
    /** An interview's minutes and the platform's commitments, recorded after it was held. */
    INTERVIEW_HELD,
    /** The platform's signed report of what it did about a rectification order. */
    RECTIFICATION_REPORTED,
    /** Staff re-checked a rectification case: closed, reopened with a new deadline, or escalated. */
    RECTIFICATION_RECHECKED,
    NOTE
}
