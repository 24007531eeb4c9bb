package org.prr.model.ledger;

import java.time.Instant;
import java.util.List;

/** Checkpoints of chain heads and the portal's public key (base64 X.509) that verifies them. */
public record CheckpointExport(String publicKey, Instant issuedAt, List<Checkpoint> checkpoints) {}
