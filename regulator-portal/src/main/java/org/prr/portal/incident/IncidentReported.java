package org.prr.portal.incident;

import org.prr.model.Incident;

/** A platform's first report of an incident was appended to its ledger; published inside the append's transaction. */
public record IncidentReported(Incident incident) {}
