package org.prr.portal.ledger;

/** What a ledger entry records. */
public enum EntryType {
    REPORT_ACCEPTED,
    REPORT_AMENDED,
    INCIDENT_REPORTED,
    INCIDENT_UPDATED,
    NOTICE_ISSUED,
    NOTICE_ACKNOWLEDGED,
    GAP_FLAGGED,
    GAP_ACKNOWLEDGED,
    GAP_WAIVED,
    GAP_RESOLVED,
    ENFORCEMENT_ACTION,
    NOTE
}
