package org.prr.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTests {

    private static List<BigDecimal> values(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void quartilesInterpolateBetweenTheClosestRanks() {
        List<BigDecimal> four = values("1", "2", "3", "4");

        assertThat(Charts.quantile(four, 0.25)).isEqualByComparingTo("1.75");
        assertThat(Charts.quantile(four, 0.5)).isEqualByComparingTo("2.5");
        assertThat(Charts.quantile(four, 0.75)).isEqualByComparingTo("3.25");
        assertThat(Charts.quantile(values("7.5", "9", "12"), 0.5)).isEqualByComparingTo("9");
        assertThat(Charts.quantile(values("5"), 0.75)).isEqualByComparingTo("5");
    }
}
