package org.prr.model;

/** What a report is about; the family's section sits under the family's name in lower case. */
public enum MetricFamily {
    COMPLAINTS,
    TAKEDOWNS,
    STAFFING,
    ANNUAL;

    public String sectionName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
