package org.prr.portal.report;

/** A report (or amendment) of the platform was appended to its ledger; published inside the append's transaction. */
public record ReportAccepted(String platformId) {}
