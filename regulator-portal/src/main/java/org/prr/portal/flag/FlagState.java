package org.prr.portal.flag;

/** OPEN → ACKNOWLEDGED → RESOLVED; WAIVED until a date, after which a cause still there opens again. */
public enum FlagState {
    OPEN,
    ACKNOWLEDGED,
    WAIVED,
    RESOLVED
}
