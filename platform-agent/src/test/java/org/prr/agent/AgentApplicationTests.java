package org.prr.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgentApplicationTests {

    @Test
    void commandOptionsMayBeWrittenWithASpaceOrAnEqualsSign() {
        assertThat(AgentApplication.joinOptionValues(new String[] {"backfill", "--family", "COMPLAINTS",
                "--from=2026-11-01", "--to", "2026-11-02", "--verbose"}))
                .containsExactly("backfill", "--family=COMPLAINTS", "--from=2026-11-01", "--to=2026-11-02",
                        "--verbose");
    }
}
