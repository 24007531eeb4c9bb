package org.prr.model;

/** How a handled complaint was closed. */
public enum ComplaintOutcome {
    CONTENT_REMOVED,
    CONTENT_RESTRICTED,
    ACCOUNT_ACTIONED,
    NO_VIOLATION,
    REFERRED,
    OTHER
}
