package org.prr.portal.flag;

/** How urgent a flag is; a new CRITICAL flag is sent to the jurisdiction's duty contacts. */
public enum FlagSeverity {
    INFO,
    WARNING,
    CRITICAL
}
