package org.prr.agent.source;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * One row of a platform's source, whatever its kind: a result-set row, a CSV or JSON Lines line, or an item of a
 * REST page. The typed reads accept what each kind naturally gives (JDBC types, or text in ISO form) and name the
 * row and column when a value does not fit the column contract.
 */
public abstract class SourceRow {

    /** Where the row came from, for messages: "complaints/2026-11.csv line 12". */
    public abstract String where();

    /** The raw value, null when the column is empty or absent. */
    protected abstract Object value(String column);

    /** Whether the source gives the column at all (it may still be empty in this row). */
    public abstract boolean has(String column);

    public String text(String column) {
        Object value = value(column);
        return value == null ? null : value.toString();
    }

    public String requiredText(String column) {
        String text = text(column);
        if (text == null || text.isBlank()) {
            throw invalid(column, null, "is required");
        }
        return text;
    }

    public LocalDateTime dateTime(String column) {
        Object value = value(column);
        if (value == null || value instanceof LocalDateTime) {
            return (LocalDateTime) value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        try {
            return LocalDateTime.parse(value.toString().trim().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw invalid(column, value, "is not a local date-time like 2026-11-23T09:30:00");
        }
    }

    public LocalDateTime requiredDateTime(String column) {
        LocalDateTime value = dateTime(column);
        if (value == null) {
            throw invalid(column, null, "is required");
        }
        return value;
    }

    public LocalDate date(String column) {
        Object value = value(column);
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().trim());
        } catch (DateTimeParseException e) {
            throw invalid(column, value, "is not a date like 2026-11-23");
        }
    }

    public LocalDate requiredDate(String column) {
        LocalDate value = date(column);
        if (value == null) {
            throw invalid(column, null, "is required");
        }
        return value;
    }

    /** true/false, 1/0; empty is false. */
    public boolean flag(String column) {
        Object value = value(column);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.intValue() != 0;
        }
        return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0", "" -> false;
            default -> throw invalid(column, value, "is not true, false, 1 or 0");
        };
    }

    public BigDecimal decimal(String column) {
        Object value = value(column);
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw invalid(column, value, "is not a number");
        }
    }

    public Long count(String column) {
        BigDecimal value = decimal(column);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            throw invalid(column, value, "is not a whole number of at least 0");
        }
        return value.longValueExact();
    }

    /** A code of one of the v1 lists, e.g. a Category; null when empty. */
    public <E extends Enum<E>> E code(String column, Class<E> list) {
        String text = text(column);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(list, text.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(column, text, "is not a " + list.getSimpleName() + " code");
        }
    }

    public <E extends Enum<E>> E requiredCode(String column, Class<E> list) {
        E code = code(column, list);
        if (code == null) {
            throw invalid(column, null, "is required");
        }
        return code;
    }

    public SourceException invalid(String column, Object value, String problem) {
        return new SourceException(
                where() + ": column " + column + (value == null ? "" : " '" + value + "'") + " " + problem);
    }
}
