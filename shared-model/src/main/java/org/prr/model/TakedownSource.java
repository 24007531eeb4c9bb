package org.prr.model;

/** What led to a content item being actioned. */
public enum TakedownSource {
    PUBLIC_COMPLAINT,
    PROACTIVE_AUTOMATED,
    PROACTIVE_HUMAN,
    REGULATOR_ORDER,
    OTHER
}
