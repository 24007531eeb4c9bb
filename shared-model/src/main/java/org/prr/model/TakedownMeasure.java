package org.prr.model;

/** What was done to an actioned content item. */
public enum TakedownMeasure {
    REMOVED,
    VISIBILITY_RESTRICTED,
    LABELLED,
    DEMONETISED,
    OTHER
}
