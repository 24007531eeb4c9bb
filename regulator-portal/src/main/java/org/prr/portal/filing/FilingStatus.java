package org.prr.portal.filing;

/**
 * Where one owed period of one platform stands (报送情况), computed from obligations, accepted reports and the
 * waivers staff gave.
 */
public enum FilingStatus {
    /** Ended, not yet reported, and its grace period is not over. */
    DUE,
    /** Its first report was accepted by the due time. */
    ON_TIME,
    /** Its first report was accepted after the due time. */
    LATE,
    /** The grace period is over and nothing was accepted. */
    MISSING,
    /** Reported, and the current report amends an earlier one. */
    AMENDED,
    /** Not reported, past its grace, and excused: staff waived its MISSING flag, with a reason, until a time to come. */
    WAIVED
}
