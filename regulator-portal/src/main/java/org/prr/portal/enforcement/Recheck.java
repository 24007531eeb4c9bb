package org.prr.portal.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A staff re-check (复查) of a rectification case: CLOSE it as rectified, REOPEN it with a new deadline (the report did
 * not do), or ESCALATE it, naming the further action recorded for it.
 */
public record Recheck(
        @NotNull Outcome outcome, @NotBlank @Size(max = 20_000) String note, LocalDate newDeadline, UUID escalatedTo) {

    public enum Outcome {
        CLOSE,
        REOPEN,
        ESCALATE
    }
}
