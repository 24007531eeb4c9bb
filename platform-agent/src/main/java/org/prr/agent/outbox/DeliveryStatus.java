package org.prr.agent.outbox;

/**
 * PENDING until the portal answers 2xx (DELIVERED, receipt kept) or refuses it for good (DEAD_LETTER, problem kept,
 * not resent). An operator sends a dead letter again as it is (back to PENDING) or discards it to compute its
 * period anew (DISCARDED; the row is kept).
 */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    DEAD_LETTER,
    DISCARDED
}
