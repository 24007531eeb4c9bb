package org.prr.agent.cli;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;

/**
 * A command's options, each read and checked once: a missing or malformed one is an {@link IllegalArgumentException}
 * whose message names the option, which the command line prints with the usage.
 */
record CommandOptions(ApplicationArguments args) {

    String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    /** Every value the option was given, in order; none when it was not given. */
    List<String> all(String name) {
        List<String> values = args.getOptionValues(name);
        return values == null ? List.of() : List.copyOf(values);
    }

    String optional(String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    <E extends Enum<E>> E code(Class<E> type, String name) {
        return code(type, required(name), name);
    }

    static <E extends Enum<E>> E code(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--" + name + " " + value + " is not one of " + List.of(type.getEnumConstants()));
        }
    }

    LocalDate date(String name) {
        String value = required(name);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--" + name + " " + value + " is not a date like 2026-11-23");
        }
    }

    /** The option as a time, or null when it is not given. */
    OffsetDateTime optionalTime(String name) {
        String value = optional(name);
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "--" + name + " " + value + " is not a time like 2026-11-24T09:30:00+08:00");
        }
    }

    UUID id(String name) {
        String value = required(name);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + name + " " + value + " is not an id (a UUID)");
        }
    }
}
