package org.prr.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The one JSON form both sides agree on: UTF-8, object keys sorted at every depth, no insignificant whitespace, dates
 * as ISO-8601 strings, decimals written plainly with the scale they carry. Reading is strict: unknown properties and
 * duplicate keys are errors, and decimals keep their scale.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private CanonicalJson() {
    }

    /** The canonical bytes of a value (a record of the model, a map, a list...). */
    public static byte[] write(Object value) {
        try {
            // Going through plain maps makes the key order independent of field declaration order.
            return MAPPER.writeValueAsBytes(MAPPER.convertValue(value, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The canonical bytes of any JSON document. */
    public static byte[] canonicalize(byte[] json) throws MalformedJson {
        return write(parse(json, Object.class));
    }

    /** Reads a JSON document strictly into the given type. */
    public static <T> T parse(byte[] json, Class<T> type) throws MalformedJson {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            String duplicate = duplicateKey(e);
            if (duplicate != null) {
                throw new MalformedJson(duplicate, "appears more than once", e);
            }
            if (e instanceof JsonMappingException mapping) {
                throw new MalformedJson(fieldOf(mapping), describe(mapping), e);
            }
            throw new MalformedJson(null, e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dotted path of a key that appears twice, whether or not data binding wrapped the parser's error. */
    private static String duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException read && read.getProcessor() != null
                    && read.getOriginalMessage().startsWith("Duplicate field")) {
                return read.getProcessor().getParsingContext().pathAsPointer().toString().substring(1)
                        .replace('/', '.');
            }
        }
        return null;
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a property of this document";
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            String allowed = target != null && target.isEnum()
                    ? "; allowed: " + Arrays.toString(target.getEnumConstants()) : "";
            return "\"" + invalid.getValue() + "\" is not a valid value" + allowed;
        }
        return "does not have the expected type";
    }

    private static String fieldOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /**
     * A document that is not JSON ({@link #field()} is null), or JSON whose value at {@link #field()} does not fit the
     * expected type (an unknown property, a bad date, a code that is not in the list).
     */
    public static final class MalformedJson extends Exception {
        private final String field;

        MalformedJson(String field, String message, Throwable cause) {
            super(message, cause);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
