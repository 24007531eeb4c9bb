package org.prr.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.function.Function;

/**
 * Dates and instants on the wire are ISO-8601 strings ({@code 2026-11-24}, {@code 2026-11-24T01:00:05+08:00}) in the
 * years {@value #FIRST_YEAR} to {@value #LAST_YEAR}: Jackson's own readers also take epoch numbers and arrays, which a
 * platform could send by mistake and which would then mean something else.
 */
final class IsoTimes {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;

    static final SimpleModule MODULE = new SimpleModule("iso-times")
            .addDeserializer(LocalDate.class, new IsoString<>(LocalDate.class, LocalDate::parse, "yyyy-MM-dd"))
            .addDeserializer(
                    OffsetDateTime.class,
                    new IsoString<>(
                            OffsetDateTime.class,
                            OffsetDateTime::parse,
                            "an ISO-8601 date-time with offset, e.g. 2026-11-24T01:00:05+08:00"))
            .addDeserializer(
                    Instant.class,
                    new IsoString<>(
                            Instant.class, Instant::parse, "an ISO-8601 instant in UTC, e.g. 2026-11-23T17:00:05Z"));

    private IsoTimes() {}

    private static final class IsoString<T extends TemporalAccessor> extends StdScalarDeserializer<T> {
        private final transient Function<String, T> parse;
        private final String form;

        IsoString(Class<T> type, Function<String, T> parse, String form) {
            super(type);
            this.parse = parse;
            this.form = form;
        }

        @Override
        @SuppressWarnings("unchecked") // the context's handlers throw; their Object return is never used
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p.currentToken(), p, "must be a string: %s", form);
            }
            String text = p.getText();
            T value;
            try {
                value = parse.apply(text);
            } catch (DateTimeParseException e) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "must be %s", form);
            }
            int year = value instanceof Instant instant
                    ? instant.atOffset(java.time.ZoneOffset.UTC).getYear()
                    : value.get(ChronoField.YEAR);
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                return (T) ctxt.handleWeirdStringValue(
                        handledType(), text, "must lie in the years %d to %d", FIRST_YEAR, LAST_YEAR);
            }
            return value;
        }
    }
}
