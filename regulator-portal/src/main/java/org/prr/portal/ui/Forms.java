package org.prr.portal.ui;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.prr.portal.errors.DomainException;
import org.prr.portal.errors.InvalidInput;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a person typed into a form, as the services take it, and what became of the action, for the next page. */
final class Forms {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Forms() {}

    /** A moment as pages show it (to the minute, in the zone), or null for none; for exports' cells. */
    static String time(Instant moment, ZoneId zone) {
        return moment == null ? null : MINUTES.format(moment.atZone(zone));
    }

    /** A moment to the second, as the ledger and the audit log show it. */
    static String timeToSecond(Instant moment, ZoneId zone) {
        return SECONDS.format(moment.atZone(zone));
    }

    /** Trimmed, and null when nothing but blanks was typed. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** One of an enum's constants, as a form's select or radio buttons send it. */
    static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException unknown) {
            throw InvalidInput.field(field, "is not one of the choices");
        }
    }

    /** A date typed as yyyy-MM-dd, or null when left empty. */
    static LocalDate date(String field, String value) {
        String typed = blankToNull(value);
        try {
            return typed == null ? null : LocalDate.parse(typed);
        } catch (DateTimeException notADate) {
            throw InvalidInput.field(field, "must be a date, e.g. 2027-01-31");
        }
    }

    /** An id typed or sent by a form, or null when left empty. */
    static UUID uuid(String field, String value) {
        String typed = blankToNull(value);
        try {
            return typed == null ? null : UUID.fromString(typed);
        } catch (IllegalArgumentException notAnId) {
            throw InvalidInput.field(field, "'" + typed + "' is not an id (like 3f2a…-…)");
        }
    }

    /**
     * Runs a staff action and tells the page the person is sent back to: {@code done} (a message key), or why it was
     * refused when the input was wrong or the thing had moved on meanwhile. What the person may not see or do is an
     * error page instead.
     */
    static void act(RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (DomainException refused) {
            if (refused.kind() == DomainException.Kind.NOT_FOUND || refused.kind() == DomainException.Kind.FORBIDDEN) {
                throw refused;
            }
            redirect.addFlashAttribute(
                    "problemKind", refused.kind() == DomainException.Kind.CONFLICT ? "CONFLICT" : "INVALID");
            redirect.addFlashAttribute("problemDetail", refused.getMessage());
        }
    }
}
