package org.prr.model.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/**
 * The one JSON form both sides agree on: UTF-8, object keys sorted at every depth, no insignificant whitespace, dates
 * as ISO-8601 strings, decimals written plainly with the scale they carry.
 *
 * <p>Reading is strict, in two steps. First the bytes must be one well-formed JSON document in UTF-8: no byte-order
 * mark, no other encoding, nothing after the document, no comments, trailing commas, NaN or raw control characters,
 * and no key twice. A failure there is a {@link MalformedJson} without a field, except a repeated key, which is named. Then the document must fit the type:
 * integers where counts are (not {@code 10.5}, {@code 1e1} or {@code "10"}), strings where text is (not numbers or
 * booleans), ISO-8601 strings where dates and instants are (not epoch numbers or arrays), no control character other
 * than tab, line feed and carriage return inside a string, and numbers of a sane size. A failure there names its
 * field.
 */
public final class CanonicalJson {

    /** Decimals beyond this many significant digits, or this far from the decimal point, are refused. */
    static final int MAX_DECIMAL_DIGITS = 30;

    private static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(IsoTimes.MODULE)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .defaultLeniency(false)
                .build();
        for (LogicalType type : new LogicalType[] {
            LogicalType.Textual,
            LogicalType.DateTime,
            LogicalType.Integer,
            LogicalType.Float,
            LogicalType.Boolean,
            LogicalType.Enum,
            LogicalType.OtherScalar
        }) {
            var config = mapper.coercionConfigFor(type);
            for (CoercionInputShape shape : CoercionInputShape.values()) {
                config.setCoercion(shape, CoercionAction.Fail);
            }
        }
        mapper.configOverride(Object.class).setFormat(JsonFormat.Value.forLeniency(false));
        return mapper;
    }

    private CanonicalJson() {}

    /** The canonical bytes of a value (a record of the model, a map, a list...). */
    public static byte[] write(Object value) {
        try {
            // Going through plain maps makes the key order independent of field declaration order.
            return MAPPER.writeValueAsBytes(MAPPER.convertValue(value, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The canonical bytes of any JSON document. */
    public static byte[] canonicalize(byte[] json) throws MalformedJson {
        return write(parse(json, Object.class));
    }

    /** Reads one JSON document strictly into the given type. */
    public static <T> T parse(byte[] json, Class<T> type) throws MalformedJson {
        JsonNode document = readDocument(json);
        if (!document.isObject()) {
            throw new MalformedJson("body", "must be a JSON object", null);
        }
        checkValues(document, "");
        try {
            return MAPPER.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            String field = fieldOf(e);
            throw new MalformedJson(field.isEmpty() ? "body" : field, describe(e), e);
        } catch (IllegalArgumentException e) {
            throw new MalformedJson("body", "does not have the expected type", e);
        }
    }

    /** Step one: one well-formed JSON document in UTF-8, or a {@link MalformedJson} without a field. */
    private static JsonNode readDocument(byte[] json) throws MalformedJson {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedJson(null, "the body is not UTF-8", e);
        }
        if (text.startsWith("\uFEFF")) {
            throw new MalformedJson(null, "the body starts with a byte-order mark; send UTF-8 without one", null);
        }
        // Read from characters, not bytes, so the parser cannot take the bytes for UTF-16 or UTF-32.
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonNode document = MAPPER.readTree(parser);
            if (document == null || document.isMissingNode()) {
                throw new MalformedJson(null, "the body holds no JSON document", null);
            }
            if (parser.nextToken() != null) {
                throw new MalformedJson(null, "the body holds more than one JSON document", null);
            }
            return document;
        } catch (StreamReadException e) {
            String duplicate = duplicateKey(e);
            if (duplicate != null) {
                throw new MalformedJson(duplicate, "appears more than once", e);
            }
            throw new MalformedJson(null, e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new MalformedJson(null, e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            throw new MalformedJson(null, e.getMessage(), e);
        }
    }

    /** Step two, what no binding rule checks: text without control characters, numbers of a sane size. */
    private static void checkValues(JsonNode node, String path) throws MalformedJson {
        if (node.isTextual()) {
            checkText(node.textValue(), path);
        } else if (node.isBigDecimal()) {
            BigDecimal value = node.decimalValue();
            if (value.precision() > MAX_DECIMAL_DIGITS || Math.abs(value.scale()) > MAX_DECIMAL_DIGITS) {
                throw new MalformedJson(orBody(path), "is too large or too precise a number", null);
            }
        } else if (node.isBigInteger()) {
            BigInteger value = node.bigIntegerValue();
            if (value.bitLength() > 63) {
                throw new MalformedJson(orBody(path), "is too large a number", null);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                checkText(field.getKey(), fieldPath);
                checkValues(field.getValue(), fieldPath);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkValues(node.get(i), path + "[" + i + "]");
            }
        }
    }

    private static void checkText(String text, String path) throws MalformedJson {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                throw new MalformedJson(
                        orBody(path), "contains the control character U+" + String.format("%04X", (int) c), null);
            }
        }
    }

    private static String orBody(String path) {
        return path.isEmpty() ? "body" : path;
    }

    /** The dotted path of a key that appears twice. */
    private static String duplicateKey(StreamReadException e) {
        if (e.getProcessor() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
            return e.getProcessor()
                    .getParsingContext()
                    .pathAsPointer()
                    .toString()
                    .substring(1)
                    .replace('/', '.');
        }
        return null;
    }

    /** What is wrong with the value a binding error stands at, in the words every API answer uses. */
    public static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a property of this document";
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            String allowed =
                    target != null && target.isEnum() ? "; allowed: " + Arrays.toString(target.getEnumConstants()) : "";
            return "\"" + invalid.getValue() + "\" is not a valid value" + allowed;
        }
        return "does not have the expected type";
    }

    /** Where binding failed: the mapping path, or else the position the tree reader stood at. */
    private static String fieldOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return pathOf(mapping);
        }
        if (e.getProcessor() instanceof JsonParser parser) {
            return parser.getParsingContext()
                    .pathAsPointer()
                    .toString()
                    .replaceFirst("^/", "")
                    .replace('/', '.');
        }
        return "";
    }

    /** The dotted path a binding error stands at, e.g. {@code complaints.receivedByChannel} or {@code roles[1]}. */
    public static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * A document that is not one well-formed UTF-8 JSON document ({@link #field()} is null), or JSON whose value at
     * {@link #field()} does not fit the expected type (an unknown property, a bad date, a code that is not in the
     * list, a number where text belongs); {@code body} names the document as a whole.
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
