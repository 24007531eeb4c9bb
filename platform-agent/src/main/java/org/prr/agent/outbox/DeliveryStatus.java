package org.prr.agent.outbox;

/** PENDING until the portal answers 2xx (DELIVERED, receipt kept) or refuses it for good (REJECTED, problem kept). */
public enum DeliveryStatus {
    PENDING, DELIVERED, REJECTED
}
