package org.prr.portal.obligation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.prr.model.Cadence;

/** A platform's own rule for one family, replacing its tier's default. */
public record ObligationChange(@NotNull Cadence cadence, @Min(0) @Max(8784) int graceHours) {}
