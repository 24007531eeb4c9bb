package org.prr.portal.ui;

/** What a person typed into a form field, as the services take it. */
final class FormText {

    private FormText() {}

    /** Trimmed, and null when nothing but blanks was typed. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
