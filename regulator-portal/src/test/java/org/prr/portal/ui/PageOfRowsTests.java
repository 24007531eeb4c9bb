package org.prr.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageOfRowsTests {

    @Test
    void aPageAskedForBeyondEitherEndIsTheFirstOrTheLast() {
        assertThat(PageOfRows.of(250, 1, 100)).isEqualTo(new PageOfRows(250, 1, 100));
        assertThat(PageOfRows.of(250, 7, 100).page()).isEqualTo(2);
        assertThat(PageOfRows.of(250, -3, 100).page()).isZero();
        assertThat(PageOfRows.of(0, 4, 100).page()).isZero();
    }

    @Test
    void theLastPageHoldsWhatIsLeft() {
        PageOfRows last = PageOfRows.of(250, 2, 100);

        assertThat(last.from()).isEqualTo(200);
        assertThat(last.to()).isEqualTo(250);
        assertThat(PageOfRows.of(0, 0, 100).to()).isZero();
    }
}
