package org.prr.agent.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.prr.agent.settings.AgentSettings;

class SourceDatabaseTests {

    private static String streaming(String url) {
        return new AgentSettings.Database(url, "u", "p").streamingUrl();
    }

    @Test
    void asksMySqlConnectorJForAServerSideCursorSoLargeResultsStream() {
        assertThat(streaming("jdbc:mysql://db:3306/platform"))
                .isEqualTo("jdbc:mysql://db:3306/platform?useCursorFetch=true");
        assertThat(streaming("jdbc:mysql://db:3306/platform?sslMode=REQUIRED"))
                .isEqualTo("jdbc:mysql://db:3306/platform?sslMode=REQUIRED&useCursorFetch=true");
    }

    @Test
    void leavesOtherDriversAndAnExplicitChoiceAlone() {
        assertThat(streaming("jdbc:mariadb://db:3306/platform")).isEqualTo("jdbc:mariadb://db:3306/platform");
        assertThat(streaming("jdbc:mysql://db/p?useCursorFetch=false"))
                .isEqualTo("jdbc:mysql://db/p?useCursorFetch=false");
    }
}
