package org.prr.portal.incident;

/** An incident or an update of the platform was appended to its ledger; published inside the append's transaction. */
public record IncidentAccepted(String platformId) {}
