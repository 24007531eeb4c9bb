package org.prr.agent.source;

import com.fasterxml.jackson.databind.JsonNode;

/** A row read as a JSON object: a JSON Lines line, an item of a REST page, or a CSV line (all values text). */
final class JsonRow extends SourceRow {

    private final JsonNode node;
    private final String where;

    JsonRow(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new SourceException(where + ": expected a JSON object with the contract's columns");
        }
        this.node = node;
        this.where = where;
    }

    @Override
    public String where() {
        return where;
    }

    @Override
    public boolean has(String column) {
        return node.has(column);
    }

    @Override
    protected Object value(String column) {
        JsonNode value = node.get(column);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            return value.textValue().isBlank() ? null : value.textValue();
        }
        throw new SourceException(where + ": column " + column + " must be text, a number or a boolean");
    }
}
