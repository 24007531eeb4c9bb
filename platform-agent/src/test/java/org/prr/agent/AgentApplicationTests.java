package org.prr.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgentApplicationTests {

    @Test
    void commandOptionsMayBeWrittenWithASpaceOrAnEqualsSign() {
        assertThat(AgentApplication.joinOptionValues(new String[] {
                    "backfill", "--family", "COMPLAINTS", "--from=2026-11-01", "--to", "2026-11-02", "--verbose"
                }))
                .containsExactly(
                        "backfill", "--family=COMPLAINTS", "--from=2026-11-01", "--to=2026-11-02", "--verbose");
    }

    @Test
    void findsTheCommandWhereverTheOptionsStand() {
        assertThat(AgentApplication.command(
                        new String[] {"--spring.profiles.active=demo", "backfill", "--family", "COMPLAINTS"}))
                .hasValue("backfill");
        assertThat(AgentApplication.command(new String[] {"--spring.profiles.active", "demo", "status"}))
                .hasValue("status");
        assertThat(AgentApplication.command(new String[] {"status", "--spring.profiles.active=demo"}))
                .hasValue("status");
        assertThat(AgentApplication.command(new String[] {"notice", "acknowledge", "--id", "x", "--by", "王芳"}))
                .hasValue("notice acknowledge");
        assertThatThrownBy(() -> AgentApplication.command(new String[] {"notice", "--id", "x"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'notice'");
    }

    @Test
    void startsTheServiceOnlyWhenNoWordIsGiven() {
        assertThat(AgentApplication.command(new String[] {"--spring.profiles.active=demo", "--server.port=0"}))
                .isEmpty();
        assertThatThrownBy(() -> AgentApplication.command(new String[] {"--spring.profiles.active=demo", "backfil"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'backfil'");
    }
}
