package org.prr.model;

/** What was done to a violating account. */
public enum AccountAction {
    WARNED,
    FEATURES_RESTRICTED,
    SUSPENDED,
    CLOSED
}
