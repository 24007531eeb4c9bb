package org.prr.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every label the UI shows in Chinese has its English and the other way round, each said once. */
class MessageBundlesTests {

    @Test
    void chineseAndEnglishHaveTheSameKeysEachOnce() throws IOException {
        List<String> chinese = keys("/messages.properties");
        List<String> english = keys("/messages_en.properties");
        assertThat(chinese).hasSizeGreaterThan(100).doesNotHaveDuplicates();
        assertThat(english).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(chinese);
    }

    private static List<String> keys(String resource) throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = MessageBundlesTests.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    keys.add(line.substring(0, line.indexOf('=')).strip());
                }
            }
        }
        return keys;
    }
}
