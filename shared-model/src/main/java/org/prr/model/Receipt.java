package org.prr.model;

import java.time.Instant;
import java.util.UUID;

/** The portal's proof that a report is in the platform's ledger. The agent keeps it. */
public record Receipt(UUID reportId, String platformId, long ledgerSeq, String entryHash, Instant receivedAt) {}
