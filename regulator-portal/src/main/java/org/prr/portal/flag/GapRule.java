package org.prr.portal.flag;

/**
 * The gap rules (问题线索) the portal evaluates. What each rule's threshold, second threshold and periods mean is
 * said here and in docs/gap-rules.md with each default and its source.
 */
public enum GapRule {
    /** A period of COMPLAINTS, TAKEDOWNS or STAFFING whose grace period is over and that nobody filed. */
    MISSING,
    /** A period filed after its grace period. */
    LATE,
    /** An ANNUAL report whose grace period is over and that nobody filed. */
    ANNUAL_MISSING,
    /** threshold: hours without any authenticated call from the platform's agent. */
    AGENT_SILENT,
    /** threshold: fewest reviewers (FTE) per 100,000 daily active users; second: per 10,000 items a day. */
    UNDERSTAFFED,
    /** threshold: largest share of reviewer headcount lost; periods: over how many STAFFING periods. */
    STAFF_DECLINE,
    /** threshold: smallest share of handled complaints handled within the platform's SLA. */
    SLA_SHARE_LOW,
    /** threshold: smallest share of handled complaints whose complainant was told the outcome. */
    FEEDBACK_LOW,
    /** periods: how many periods in a row the complaint backlog at period end grew. */
    BACKLOG_GROWING,
    /** periods: complaints received higher, items actioned lower, than this many periods before. */
    TAKEDOWNS_INCONSISTENT,
    /** periods: how many periods in a row complaints arrived and nothing was actioned. */
    TAKEDOWNS_ALL_ZERO,
    /** threshold: the share of its own trailing median below which complaints handled counts as a drop; periods: the trailing window. */
    ANOMALY,
    /** A major incident not CLOSED whose next follow-up is past due by its severity's clock (incident_clock). */
    INCIDENT_FOLLOW_UP_OVERDUE,
    /** A notice past its respond-by that no named person at the platform has acknowledged. */
    NOTICE_UNACKNOWLEDGED,
    /**
     * A rectification order still waiting for the platform's report after its deadline; the detail suggests the next
     * step from the enforcement ladder (enforcement_ladder).
     */
    RECTIFICATION_OVERDUE
}
