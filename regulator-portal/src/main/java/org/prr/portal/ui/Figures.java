package org.prr.portal.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.prr.model.AnnualTopic;
import org.prr.model.Category;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report's family section as rows a person reads: every figure with its label in the reader's language (field names
 * and codes from the message bundles, categories and annual topics from the code lists), nested breakdowns indented
 * under their total, and {@code null} shown as "not collected" rather than zero.
 */
@Component
class Figures {

    /** One line of the figures table; {@code depth} 0 is a top-level figure, 1 a part of its breakdown. */
    record Row(String label, String value, int depth) {}

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final MessageSource messages;

    Figures(MessageSource messages) {
        this.messages = messages;
    }

    List<Row> rows(JsonNode section, Locale locale) {
        List<Row> rows = new ArrayList<>();
        add(section, 0, locale, rows);
        return rows;
    }

    private void add(JsonNode node, int depth, Locale locale, List<Row> rows) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String label = label(field.getKey(), locale);
            JsonNode value = field.getValue();
            if (value.isObject()) {
                rows.add(new Row(label, "", depth));
                add(value, depth + 1, locale, rows);
            } else {
                rows.add(new Row(label, value(value, locale), depth));
            }
        }
    }

    /** A field's label, or a code's (a breakdown's keys are codes); the key itself when neither has one. */
    private String label(String key, Locale locale) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        for (Category category : Category.values()) {
            if (category.name().equals(key)) {
                return chinese ? category.labelZh() : category.labelEn();
            }
        }
        for (AnnualTopic topic : AnnualTopic.values()) {
            if (topic.name().equals(key) && chinese) {
                return topic.labelZh();
            }
        }
        String figure = messages.getMessage("figure." + key, null, null, locale);
        return figure != null ? figure : messages.getMessage("code." + key, null, key, locale);
    }

    /**
     * A number or text exactly as sent; true, false and a code (upper-case letters, digits and '_', such as a cadence)
     * by its label when the bundles have one; null as "not collected".
     */
    private String value(JsonNode value, Locale locale) {
        if (value.isNull()) {
            return messages.getMessage("report.notCollected", null, locale);
        }
        String sent = value.asText();
        return value.isBoolean() || (value.isTextual() && CODE.matcher(sent).matches())
                ? messages.getMessage("code." + sent, null, sent, locale)
                : sent;
    }
}
