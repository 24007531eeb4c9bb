package org.prr.model;

/** How often a family is reported; periods are calendar periods in the jurisdiction's time zone. */
public enum Cadence {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR
}
