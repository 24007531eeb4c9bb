package org.prr.agent.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One person on the platform's roster, internal or external (outsourced review). {@code leftOn} is the last day of
 * employment; {@code trainingHours} are the hours of training the person had in the period asked for.
 */
public record StaffMember(
        String staffId,
        Role role,
        Employment employment,
        BigDecimal fte,
        LocalDate joinedOn,
        LocalDate leftOn,
        boolean licensedNews,
        boolean chiefEditor,
        BigDecimal trainingHours,
        LocalDate blacklistedOn) {

    public enum Role {
        REVIEWER,
        NEWS_EDITOR,
        OTHER
    }

    public enum Employment {
        INTERNAL,
        EXTERNAL
    }

    public static final List<String> REQUIRED =
            List.of("staff_id", "role", "employment", "fte", "joined_on", "left_on");
    /** Columns a source may leave out: the figures that need them are then null (not collected). */
    public static final List<String> OPTIONAL =
            List.of("licensed_news", "chief_editor", "training_hours", "blacklisted_on");

    public static StaffMember from(SourceRow row) {
        BigDecimal fte = row.decimal("fte");
        if (fte == null || fte.signum() < 0 || fte.compareTo(BigDecimal.ONE) > 0) {
            throw row.invalid("fte", fte, "must be a share of full time between 0 and 1");
        }
        BigDecimal training = row.decimal("training_hours");
        if (training != null && training.signum() < 0) {
            throw row.invalid("training_hours", training, "must not be negative");
        }
        return new StaffMember(
                row.requiredText("staff_id"),
                row.requiredCode("role", Role.class),
                row.requiredCode("employment", Employment.class),
                fte,
                row.requiredDate("joined_on"),
                row.date("left_on"),
                row.flag("licensed_news"),
                row.flag("chief_editor"),
                training == null ? BigDecimal.ZERO : training,
                row.date("blacklisted_on"));
    }

    public boolean employedOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
    }
}
