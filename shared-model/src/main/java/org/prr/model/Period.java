package org.prr.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A reporting period; both dates are inclusive. */
// The is-methods are validation rules, not properties.
@JsonAutoDetect(isGetterVisibility = Visibility.NONE)
public record Period(@NotNull LocalDate start, @NotNull LocalDate end, @NotNull Cadence cadence) {

    public static Period day(LocalDate day) {
        return new Period(day, day, Cadence.DAY);
    }

    @AssertTrue(message = "start must not be after end")
    public boolean isOrdered() {
        return start == null || end == null || !start.isAfter(end);
    }
}
