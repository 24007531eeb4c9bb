package org.prr.portal.flag;

import java.util.UUID;

/** The evaluation opened a flag; published inside the transaction that opens it. */
public record FlagOpened(
        UUID flagId, String platformId, GapRule rule, String subject, FlagSeverity severity, String detail) {}
